namespace Simore.Core.Importing.Ohchr;

/// <summary>What an OHCHR "thematic list of recommendations" (.docx) holds.</summary>
public sealed record OhchrThematicList(
    string? StateName,
    int? Cycle,
    int? Session,
    IReadOnlyList<OhchrListRow> Rows,
    IReadOnlyList<ImportProblem> Problems)
{
    /// <summary>The Working Group report symbol, taken from the rows' sources of position ("A/HRC/59/15").</summary>
    public string? ReportSymbol => Rows
        .Select(r => r.PositionSourceDocument)
        .Where(s => s is not null)
        .Select(s => OhchrThematicListParser.ReportSymbolOf(s!))
        .GroupBy(s => s, StringComparer.Ordinal)
        .OrderByDescending(g => g.Count())
        .Select(g => g.Key)
        .FirstOrDefault();
}

/// <param name="RowNumber">1-based row of the Word table, as a person counts them.</param>
/// <param name="Text">The recommendation without its number and without the recommending States.</param>
/// <param name="RecommendingStates">Names as written, e.g. "Maldives", "St Kitts &amp; Nevis".</param>
/// <param name="PositionSource">The whole source line, e.g. "A/HRC/59/15/Add.1 - Para.3".</param>
public sealed record OhchrListRow(
    int RowNumber,
    string Paragraph,
    string Text,
    IReadOnlyList<string> RecommendingStates,
    string Position,
    string? PositionSource,
    string? Theme,
    IReadOnlyList<string> Themes,
    IReadOnlyList<string> GroupsOfPersons,
    IReadOnlyList<int> SdgGoals,
    string? Assessment)
{
    public string? PositionSourceDocument => PositionSource is null
        ? null
        : PositionSource.Split(" - ", 2, StringSplitOptions.TrimEntries)[0];
}
