using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Simore.Core.Registry;

namespace Simore.Core.Reports;

/// <summary>A compact list of recommendation numbers, "1, 5, 7–9, 11–12", and how many it names.</summary>
public sealed record CompactRange(string Text, int Count)
{
    public static readonly CompactRange Empty = new(string.Empty, 0);
}

/// <summary>
/// Recommendation numbers as national reports quote them: the number within the Working Group
/// report ("7" for 140.7 when the whole report numbers under paragraph 140), consecutive numbers
/// joined into ranges with an en dash.
/// </summary>
public static partial class RecommendationRanges
{
    private const char Dash = '\u2013';

    /// <summary>
    /// The short label of each paragraph of one document: the item number when every paragraph is
    /// "&lt;paragraph&gt;.&lt;item&gt;" under the same paragraph (UPR reports since cycle 2), else the paragraph as written.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Labels(IEnumerable<string> paragraphsOfOneDocument)
    {
        var paragraphs = paragraphsOfOneDocument.Distinct(StringComparer.Ordinal).ToList();
        var dotted = paragraphs.Select(p => Dotted().Match(p)).ToList();
        var shared = dotted.Count > 0 && dotted.All(m => m.Success) && dotted.Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).Count() == 1;
        return paragraphs.Select((p, i) => (p, Label: shared ? dotted[i].Groups[2].Value : p))
            .ToDictionary(x => x.p, x => x.Label, StringComparer.Ordinal);
    }

    /// <summary>Labels of one document, compacted: "1, 5, 7–9, 11–12, 158–160".</summary>
    public static CompactRange Format(IEnumerable<string> labels)
    {
        var items = labels.Distinct(StringComparer.Ordinal)
            .Select(Split)
            .OrderBy(i => ParagraphNumber.SortKey(i.Label), StringComparer.Ordinal)
            .ToList();
        var text = new StringBuilder();
        for (var start = 0; start < items.Count;)
        {
            var end = start;
            while (end + 1 < items.Count && items[end].Number is { } n && items[end + 1].Number == n + 1 && items[end + 1].Prefix == items[start].Prefix)
            {
                end++;
            }

            if (text.Length > 0)
            {
                text.Append(", ");
            }

            text.Append(items[start].Label);
            if (end > start)
            {
                text.Append(Dash).Append(items[end].Label);
            }

            start = end + 1;
        }

        return new CompactRange(text.ToString(), items.Count);
    }

    /// <summary>Labels from several documents: each document's list after its symbol, "A/HRC/43/15: 1–3; A/HRC/59/15: 7".</summary>
    public static CompactRange Format(IEnumerable<(string Document, string Label)> labels)
    {
        var byDocument = labels.GroupBy(l => l.Document, StringComparer.Ordinal).ToList();
        if (byDocument.Count <= 1)
        {
            return Format(byDocument.SelectMany(g => g.Select(l => l.Label)));
        }

        var parts = byDocument.OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, Range: Format(g.Select(l => l.Label))))
            .ToList();
        return new CompactRange(string.Join("; ", parts.Select(p => p.Key + ": " + p.Range.Text)), parts.Sum(p => p.Range.Count));
    }

    private static (string Label, string Prefix, long? Number) Split(string label)
    {
        var match = TrailingNumber().Match(label);
        return match.Success && long.TryParse(match.Groups[2].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? (label, match.Groups[1].Value, number)
            : (label, label, null);
    }

    [GeneratedRegex(@"^(\d+)\.(\d+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Dotted();

    [GeneratedRegex(@"^(.*?)(\d+)$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingNumber();
}
