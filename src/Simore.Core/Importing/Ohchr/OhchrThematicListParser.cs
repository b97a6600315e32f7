using System.Globalization;
using System.IO.Packaging;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Simore.Core.Importing.Ohchr;

/// <summary>
/// Reads the "thematic list of recommendations" OHCHR sends a State after its review. Two layouts
/// are known: cycles 2–3 (Recommendation | Position | Full list of themes | Assessment) and cycle 4
/// (Recommendation and recommending State | Position | Human rights themes and groups of persons |
/// Relevant SDGs). Theme header rows ("Theme: …") span the table.
/// </summary>
public sealed partial class OhchrThematicListParser(Func<string, bool> isStateName)
{
    public OhchrThematicList Parse(Stream docx)
    {
        WordprocessingDocument document;
        try
        {
            document = WordprocessingDocument.Open(docx, isEditable: false);
        }
        catch (Exception e) when (e is FileFormatException or InvalidDataException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or ArgumentException or IOException)
        {
            return Failed("The file is not a Word document (.docx) or it is damaged.");
        }

        using (document)
        {
            var body = document.MainDocumentPart?.Document?.Body;
            var table = body?.Descendants<Table>().FirstOrDefault();
            if (table is null)
            {
                return Failed("The document has no table of recommendations.");
            }

            var (stateName, cycle, session) = ReadTitle(document);
            return ParseTable(table, stateName, cycle, session);
        }
    }

    private OhchrThematicList ParseTable(Table table, string? stateName, int? cycle, int? session)
    {
        var rows = new List<OhchrListRow>();
        var problems = new List<ImportProblem>();
        Columns? columns = null;
        string? theme = null;
        var rowNumber = 0;
        foreach (var row in table.Elements<TableRow>())
        {
            rowNumber++;
            var cells = row.Elements<TableCell>().ToList();
            if (columns is null)
            {
                columns = Columns.FromHeader(cells.Select(c => string.Join(' ', WordText.LinesOf(c))).ToList());
                if (columns is null)
                {
                    return Failed("The table does not have the columns of an OHCHR thematic list (Recommendation, Position, themes).");
                }

                continue;
            }

            var first = cells.Count > 0 ? string.Join(' ', WordText.LinesOf(cells[0])) : string.Empty;
            if (cells.Count == 1 || first.StartsWith("Theme:", StringComparison.OrdinalIgnoreCase))
            {
                theme = first.StartsWith("Theme:", StringComparison.OrdinalIgnoreCase) ? first["Theme:".Length..].Trim() : first;
                continue;
            }

            if (cells.All(c => WordText.LinesOf(c).Count == 0))
            {
                continue;
            }

            var parsed = ParseRow(rowNumber, cells, columns, theme, problems);
            if (parsed is not null)
            {
                rows.Add(parsed);
            }
        }

        if (columns is null)
        {
            return Failed("The document has no table of recommendations.");
        }

        if (rows.Count == 0 && problems.Count == 0)
        {
            problems.Add(new ImportProblem(0, null, "The table has no recommendations."));
        }

        return new OhchrThematicList(stateName, cycle, session, rows, problems);
    }

    private OhchrListRow? ParseRow(int rowNumber, List<TableCell> cells, Columns columns, string? theme, List<ImportProblem> problems)
    {
        IReadOnlyList<string> Lines(int? index) =>
            index is int i && i < cells.Count ? WordText.LinesOf(cells[i]) : [];

        var recommendationLines = Lines(columns.Recommendation);
        var sourceLine = recommendationLines.FirstOrDefault(l => l.StartsWith("Source of position", StringComparison.OrdinalIgnoreCase));
        var textLines = recommendationLines.Where(l => !ReferenceEquals(l, sourceLine)).ToList();
        var fullText = string.Join('\n', textLines).Trim();
        var number = NumberPrefix().Match(fullText);
        if (!number.Success)
        {
            problems.Add(new ImportProblem(rowNumber, "Recommendation", "The recommendation has no paragraph number (such as 140.7)."));
            return null;
        }

        var (text, states) = SplitRecommendingStates(fullText[number.Length..]);
        if (text.Length == 0)
        {
            problems.Add(new ImportProblem(rowNumber, "Recommendation", "The recommendation {0} has no text.", number.Groups[1].Value));
            return null;
        }

        if (states.Count == 0)
        {
            problems.Add(new ImportProblem(rowNumber, "Recommendation", "The recommendation {0} names no recommending State.", number.Groups[1].Value));
            return null;
        }

        var position = string.Join(' ', Lines(columns.Position)).Trim();
        if (position.Length == 0)
        {
            problems.Add(new ImportProblem(rowNumber, "Position", "The recommendation {0} has no position.", number.Groups[1].Value));
            return null;
        }

        string? source = null;
        if (sourceLine is not null)
        {
            var colon = sourceLine.IndexOf(':', StringComparison.Ordinal);
            source = colon < 0 ? null : sourceLine[(colon + 1)..].Trim();
        }

        var (themes, groups) = SplitThemes(Lines(columns.Themes));
        var sdgs = Lines(columns.Sdgs)
            .Select(l => SdgLine().Match(l))
            .Where(m => m.Success)
            .Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))
            .Distinct()
            .ToList();
        var assessment = columns.Assessment is null ? null : string.Join('\n', Lines(columns.Assessment)).Trim();

        return new OhchrListRow(
            rowNumber,
            number.Groups[1].Value,
            text,
            states,
            position,
            source,
            theme,
            themes,
            groups,
            sdgs,
            string.IsNullOrEmpty(assessment) ? null : assessment);
    }

    /// <summary>
    /// Takes "Ratify the Convention (CRPD) (Maldives) (Portugal, Spain);" apart into the text and
    /// the trailing groups that name States. A trailing group that does not name States (an acronym)
    /// stays in the text.
    /// </summary>
    internal (string Text, IReadOnlyList<string> States) SplitRecommendingStates(string raw) =>
        TextFiles.TrailingStates.Split(raw, isStateName);

    private static (IReadOnlyList<string> Themes, IReadOnlyList<string> Groups) SplitThemes(IReadOnlyList<string> lines)
    {
        var themes = new List<string>();
        var groups = new List<string>();
        var target = themes;
        foreach (var line in lines)
        {
            if (line.StartsWith("Groups of persons", StringComparison.OrdinalIgnoreCase)
                || line.StartsWith("Affected persons", StringComparison.OrdinalIgnoreCase))
            {
                target = groups;
                continue;
            }

            var value = line.TrimStart('-', '\u2013', ' ').Trim();
            if (value.Length > 0 && !target.Contains(value))
            {
                target.Add(value);
            }
        }

        return (themes, groups);
    }

    private static (string? StateName, int? Cycle, int? Session) ReadTitle(WordprocessingDocument document)
    {
        var texts = (document.MainDocumentPart?.HeaderParts ?? [])
            .Select(h => string.Join(' ', h.Header?.Descendants<Paragraph>().Select(WordText.Of) ?? []))
            .Append(string.Join(' ', document.MainDocumentPart?.Document?.Body?.Elements<Paragraph>().Select(WordText.Of) ?? []));
        foreach (var text in texts)
        {
            var match = TitlePattern().Match(text);
            if (match.Success)
            {
                return (
                    match.Groups["state"].Value.Trim(),
                    int.Parse(match.Groups["cycle"].Value, CultureInfo.InvariantCulture),
                    int.Parse(match.Groups["session"].Value, CultureInfo.InvariantCulture));
            }
        }

        return (null, null, null);
    }

    /// <summary>"A/HRC/59/15/Add.1" is the addendum of the report "A/HRC/59/15".</summary>
    public static string ReportSymbolOf(string symbol)
    {
        var addendum = symbol.IndexOf("/Add.", StringComparison.OrdinalIgnoreCase);
        return (addendum < 0 ? symbol : symbol[..addendum]).Trim();
    }

    private static OhchrThematicList Failed(string message) =>
        new(null, null, null, [], [new ImportProblem(0, null, message)]);

    [GeneratedRegex(@"^(\d+(?:\.\d+)+)\.?\s+", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPrefix();

    [GeneratedRegex(@"^-?\s*(\d{1,2})\s*[-\u2013]", RegexOptions.CultureInvariant)]
    private static partial Regex SdgLine();

    [GeneratedRegex(@"UPR of (?<state>.+?)\s*\((?<cycle>\d)\s*(?:st|nd|rd|th)\s+Cycle\s*[-\u2013]\s*(?<session>\d+)\s*(?:st|nd|rd|th)\s+session\)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TitlePattern();

    private sealed record Columns(int Recommendation, int Position, int? Themes, int? Sdgs, int? Assessment)
    {
        public static Columns? FromHeader(IReadOnlyList<string> headers)
        {
            int? Find(string word) => headers
                .Select((h, i) => (h, i))
                .Where(p => p.h.Contains(word, StringComparison.OrdinalIgnoreCase))
                .Select(p => (int?)p.i)
                .FirstOrDefault();

            var recommendation = Find("Recommendation");
            var position = Find("Position");
            if (recommendation is null || position is null || recommendation == position)
            {
                return null;
            }

            return new Columns(recommendation.Value, position.Value, Find("theme"), Find("SDG"), Find("Assessment"));
        }
    }
}
