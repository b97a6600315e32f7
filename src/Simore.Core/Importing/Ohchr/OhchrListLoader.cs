using Microsoft.EntityFrameworkCore;
using Simore.Core.Data;
using Simore.Core.Registry;

namespace Simore.Core.Importing.Ohchr;

public sealed record LoadSummary(int Created, int Updated, int Unchanged, IReadOnlyList<ImportProblem> Problems);

/// <summary>
/// Writes a parsed OHCHR thematic list into the current tenant: one source document, one
/// recommendation per paragraph number. Loading the same list again changes nothing.
/// </summary>
public sealed class OhchrListLoader(SimoreDbContext db, TimeProvider clock)
{
    public async Task<LoadSummary> LoadAsync(OhchrThematicList list, CancellationToken cancellationToken = default)
    {
        var problems = list.Problems.ToList();
        var symbol = list.ReportSymbol;
        if (symbol is null)
        {
            problems.Add(new ImportProblem(0, null, "The list does not say which Working Group report it comes from (no source of position)."));
        }

        var positions = new Dictionary<OhchrListRow, Position>();
        foreach (var row in list.Rows)
        {
            if (PositionParser.Parse(row.Position) is Position position)
            {
                positions[row] = position;
            }
            else
            {
                problems.Add(new ImportProblem(row.RowNumber, "Position", "Unknown position \"{0}\".", row.Position));
            }
        }

        if (problems.Count > 0)
        {
            return new LoadSummary(0, 0, 0, problems);
        }

        var now = clock.GetUtcNow();
        var document = await db.SourceDocuments.Include(d => d.Recommendations)
            .FirstOrDefaultAsync(d => d.Symbol == symbol, cancellationToken);
        if (document is null)
        {
            document = new SourceDocument
            {
                Symbol = symbol!,
                Title = list.StateName is null ? null : $"Report of the Working Group on the Universal Periodic Review: {list.StateName}",
                Mechanism = Mechanism.Upr,
                BodyCode = "UPR",
                Cycle = list.Cycle,
                Session = list.Session,
            };
            db.SourceDocuments.Add(document);
        }

        int created = 0, updated = 0, unchanged = 0;
        var existing = document.Recommendations.ToDictionary(r => r.Paragraph, StringComparer.Ordinal);
        foreach (var row in list.Rows)
        {
            if (!existing.TryGetValue(row.Paragraph, out var recommendation))
            {
                recommendation = new Recommendation
                {
                    Paragraph = row.Paragraph,
                    SortKey = ParagraphNumber.SortKey(row.Paragraph),
                    Text = row.Text,
                    Position = positions[row],
                    PositionSource = row.PositionSource,
                    RecommendingStates = row.RecommendingStates.ToList(),
                    SourceTheme = row.Theme,
                    CreatedAt = now,
                    UpdatedAt = now,
                };
                document.Recommendations.Add(recommendation);
                existing[row.Paragraph] = recommendation;
                created++;
            }
            else if (recommendation.Position != positions[row] || recommendation.PositionSource != row.PositionSource)
            {
                recommendation.Position = positions[row];
                recommendation.PositionSource = row.PositionSource;
                recommendation.UpdatedAt = now;
                updated++;
            }
            else
            {
                unchanged++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return new LoadSummary(created, updated, unchanged, []);
    }
}
