using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Simore.Core.Reports.Pdf;

/// <summary>
/// The page each named destination of a PDF lands on. Chromium writes a named destination for every
/// element a link points to ("#s3"), so after a first print the table of contents can be given its
/// page numbers. Reads only the document's structure (catalog, page tree, destinations), which
/// Chromium writes uncompressed; anything else it does not understand gives an empty answer.
/// </summary>
public static partial class PdfDestinations
{
    public static IReadOnlyDictionary<string, int> Pages(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var objects = Objects(text);
        var catalog = objects.Values.FirstOrDefault(o => CatalogType().IsMatch(o));
        if (catalog is null
            || Reference(catalog, "Pages") is not { } root
            || Reference(catalog, "Dests") is not { } destinations
            || !objects.TryGetValue(destinations, out var names))
        {
            return new Dictionary<string, int>();
        }

        var pages = new List<int>();
        Walk(objects, root, pages, depth: 0);
        var pageNumbers = pages.Select((id, index) => (id, index)).ToDictionary(p => p.id, p => p.index + 1);
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Match destination in Destination().Matches(names))
        {
            var page = int.Parse(destination.Groups[2].Value, CultureInfo.InvariantCulture);
            if (pageNumbers.TryGetValue(page, out var number))
            {
                result[Name(destination.Groups[1].Value)] = number;
            }
        }

        return result;
    }

    /// <summary>Object number → its dictionary text (up to its stream or its end).</summary>
    private static Dictionary<int, string> Objects(string text)
    {
        var objects = new Dictionary<int, string>();
        foreach (Match start in ObjectStart().Matches(text))
        {
            var number = int.Parse(start.Groups[1].Value, CultureInfo.InvariantCulture);
            if (objects.ContainsKey(number))
            {
                continue;
            }

            var end = text.IndexOf("endobj", start.Index, StringComparison.Ordinal);
            var stream = text.IndexOf("stream", start.Index, StringComparison.Ordinal);
            if (end < 0)
            {
                continue;
            }

            var stop = stream >= 0 && stream < end ? stream : end;
            objects[number] = text[start.Index..stop];
        }

        return objects;
    }

    private static void Walk(Dictionary<int, string> objects, int id, List<int> pages, int depth)
    {
        if (depth > 32 || !objects.TryGetValue(id, out var node))
        {
            return;
        }

        if (PagesType().IsMatch(node))
        {
            var kids = Kids().Match(node);
            foreach (Match kid in ReferenceList().Matches(kids.Success ? kids.Groups[1].Value : string.Empty))
            {
                Walk(objects, int.Parse(kid.Groups[1].Value, CultureInfo.InvariantCulture), pages, depth + 1);
            }
        }
        else if (PageType().IsMatch(node))
        {
            pages.Add(id);
        }
    }

    private static int? Reference(string dictionary, string key)
    {
        var match = Regex.Match(dictionary, "/" + key + @"\s+(\d+)\s+0\s+R", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>PDF names escape bytes as #xx.</summary>
    private static string Name(string raw) => HexEscape().Replace(raw, m => ((char)Convert.ToInt32(m.Groups[1].Value, 16)).ToString());

    [GeneratedRegex(@"(?<=^|[\r\n])(\d+)\s+0\s+obj\b", RegexOptions.CultureInvariant)]
    private static partial Regex ObjectStart();

    [GeneratedRegex(@"/Type\s*/Catalog\b", RegexOptions.CultureInvariant)]
    private static partial Regex CatalogType();

    [GeneratedRegex(@"/Type\s*/Pages\b", RegexOptions.CultureInvariant)]
    private static partial Regex PagesType();

    [GeneratedRegex(@"/Type\s*/Page\b(?!s)", RegexOptions.CultureInvariant)]
    private static partial Regex PageType();

    [GeneratedRegex(@"/Kids\s*\[([^\]]*)\]", RegexOptions.CultureInvariant)]
    private static partial Regex Kids();

    [GeneratedRegex(@"(\d+)\s+0\s+R", RegexOptions.CultureInvariant)]
    private static partial Regex ReferenceList();

    [GeneratedRegex(@"/([^\s/\[\]()<>{}%]+)\s*\[\s*(\d+)\s+0\s+R", RegexOptions.CultureInvariant)]
    private static partial Regex Destination();

    [GeneratedRegex("#([0-9A-Fa-f]{2})", RegexOptions.CultureInvariant)]
    private static partial Regex HexEscape();
}
