using System.Text.RegularExpressions;

namespace Simore.Core.Importing.TextFiles;

/// <summary>
/// Takes the paragraph number off the front of a recommendation: "140.7 Ratify", "12. (b) Ratify"
/// (gives "12 (b)"), "74 (a) Ratify". Scraped files add odd forms, read as follows:
/// "93.3..1" is part 1 of paragraph 93.3 and becomes "93.3.1"; "106.40..1 106.41. Consider" carries
/// the next paragraph's number after a split, so the last multi-level number wins ("106.41");
/// "61 1. Commit" lost its dot and becomes "61.1"; "129.53.1continue" lost its space.
/// A lone number must end with a dot ("129. Further") so that "100 per cent" stays text.
/// </summary>
public static partial class ParagraphPrefix
{
    /// <returns>The paragraph and the text after it, or (null, text) when the text starts with no number.</returns>
    public static (string? Paragraph, string Text) Split(string text)
    {
        var match = Prefix().Match(text);
        if (!match.Success)
        {
            return (null, text);
        }

        var numbers = match.Groups["n"].Captures.Select(c => c.Value).ToList();
        var levelled = numbers.LastOrDefault(n => n.Contains('.', StringComparison.Ordinal));
        var paragraph = levelled is null
            ? string.Join('.', numbers)
            : string.Join('.', levelled.Split('.', StringSplitOptions.RemoveEmptyEntries));
        var letter = match.Groups["l"];
        if (letter.Success)
        {
            paragraph += " (" + letter.Value + ")";
        }

        return (paragraph, text[match.Length..].Trim());
    }

    [GeneratedRegex(@"^\s*(?:(?<n>\d{1,3}(?:\.+\d{1,3})+)\.*\s*|(?<n>\d{1,3})\.+\s*|(?<n>\d{1,3})\s+(?=\d|\())+(?:\((?<l>[a-z]{1,2}|[ivx]{1,5})\)\.?\s*)?", RegexOptions.CultureInvariant)]
    private static partial Regex Prefix();
}
