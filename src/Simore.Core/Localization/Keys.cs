namespace Simore.Core.Localization;

/// <summary>Marks an English message that is translated later, where it is shown.</summary>
public static class Keys
{
    /// <summary>Returns the key unchanged; the marker lets the completeness test find it.</summary>
    public static string LocalizedKey(string key) => key;
}
