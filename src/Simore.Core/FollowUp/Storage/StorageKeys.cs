using System.Text.RegularExpressions;

namespace Simore.Core.FollowUp.Storage;

/// <summary>
/// The only keys a store accepts: tenant id / year / random name with a short extension. The first
/// segment being the tenant's id is what lets the backup scripts take one State's files by folder.
/// </summary>
public static partial class StorageKeys
{
    public static string Check(string key) =>
        key is not null && SafeKey().IsMatch(key) ? key : throw new ArgumentException("Not a storage key.", nameof(key));

    [GeneratedRegex(@"^\d+/\d{4}/[0-9a-f]{32}\.[a-z0-9]{1,5}$", RegexOptions.CultureInvariant)]
    private static partial Regex SafeKey();
}
