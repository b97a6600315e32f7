namespace Simore.Core.Localization;

/// <summary>The rule for a name kept with its translations (institutions, clusters): the translation unless it is blank.</summary>
public static class Translated
{
    public static string Name(string name, string? translation) => string.IsNullOrWhiteSpace(translation) ? name : translation;
}
