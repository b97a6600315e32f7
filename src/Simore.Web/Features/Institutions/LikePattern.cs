namespace Simore.Web.Features.Institutions;

/// <summary>Text compared with ILIKE as it is: its wildcards escaped.</summary>
public static class LikePattern
{
    public const string Escape = "\\";

    public static string Exactly(string text) =>
        text.Replace(Escape, Escape + Escape, StringComparison.Ordinal)
            .Replace("%", Escape + "%", StringComparison.Ordinal)
            .Replace("_", Escape + "_", StringComparison.Ordinal);
}
