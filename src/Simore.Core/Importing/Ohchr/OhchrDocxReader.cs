using Simore.Core.Registry;

namespace Simore.Core.Importing.Ohchr;

/// <summary>The OHCHR thematic list (.docx) as import records: one UPR Working Group report per file.</summary>
public sealed class OhchrDocxReader(Func<string, bool> isStateName) : IRecommendationReader
{
    public const string FormatName = "ohchr-docx";

    public string Format => FormatName;

    public ParsedFile Read(Stream content, ReadOptions options)
    {
        var list = new OhchrThematicListParser(isStateName).Parse(content);
        var problems = list.Problems.ToList();
        var symbol = options.Defaults?.Symbol is { Length: > 0 } given ? given : list.ReportSymbol;
        if (symbol is null && list.Rows.Count > 0)
        {
            problems.Add(new ImportProblem(0, null, "The list does not say which Working Group report it comes from (no source of position)."));
        }

        if (problems.Count > 0)
        {
            return new ParsedFile(Format, [], problems);
        }

        var document = new DocumentReference(
            symbol!,
            Mechanism.Upr,
            "UPR",
            list.Cycle ?? options.Defaults?.Cycle,
            list.Session ?? options.Defaults?.Session,
            options.Defaults?.PublishedOn,
            list.StateName is null ? null : $"Report of the Working Group on the Universal Periodic Review: {list.StateName}",
            null);
        var records = list.Rows.Select(row => new ImportRecord(
                row.RowNumber,
                [row.RowNumber],
                list.StateName,
                document,
                row.Paragraph,
                row.Text,
                row.RecommendingStates,
                row.Position,
                row.PositionSource,
                row.Themes,
                row.GroupsOfPersons,
                row.SdgGoals.Select(g => g.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList(),
                [],
                null)
            {
                ListedUnder = row.Theme,
            })
            .ToList();
        return new ParsedFile(Format, records, []);
    }
}
