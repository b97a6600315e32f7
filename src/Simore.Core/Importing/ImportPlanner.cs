using Microsoft.EntityFrameworkCore;
using Simore.Core.Data;
using Simore.Core.Registry;
using Simore.Core.Tenancy;

namespace Simore.Core.Importing;

/// <summary>
/// Compares what a file says with what the registry holds, without writing anything: the preview
/// the administrator confirms, and the plan the commit carries out.
/// </summary>
public sealed class ImportPlanner(SimoreDbContext db, ITenantContext tenantContext)
{
    public async Task<ImportPlan> PlanAsync(ParsedFile file, CancellationToken cancellationToken = default)
    {
        var tenant = tenantContext.Tenant ?? await db.Tenants.AsNoTracking().FirstAsync(t => t.Id == tenantContext.TenantId, cancellationToken);
        var problems = file.Problems.ToList();
        var warnings = new List<ImportProblem>();
        var items = new List<PlannedRecord>();
        var mine = new List<(ImportRecord Record, ResolvedRecord Resolved)>();

        foreach (var record in file.Records)
        {
            if (record.StateUnderReview is { Length: > 0 } addressee)
            {
                var country = CountryDirectory.Instance.Resolve(addressee);
                if (country is null)
                {
                    problems.Add(new ImportProblem(record.RowNumber, "State under review", "The State under review \"{0}\" is not known.", addressee));
                    continue;
                }

                if (!string.Equals(country.Iso3, tenant.CountryCode, StringComparison.OrdinalIgnoreCase))
                {
                    items.Add(new PlannedRecord(record, ImportAction.Skip, null, [], null));
                    continue;
                }
            }

            var resolved = RecordResolver.Resolve(record, problems, warnings);
            if (resolved is not null)
            {
                mine.Add((record, resolved));
            }
        }

        foreach (var clash in mine.GroupBy(m => (m.Record.Document.Symbol, m.Record.Paragraph)).Where(g => g.Count() > 1))
        {
            var rows = clash.Select(c => c.Record.RowNumber).ToList();
            problems.Add(new ImportProblem(rows[1], "Paragraph", "Rows {0} and {1} have the same paragraph number {2} in {3}.",
                rows[0].ToString(System.Globalization.CultureInfo.InvariantCulture), rows[1].ToString(System.Globalization.CultureInfo.InvariantCulture), clash.Key.Paragraph, clash.Key.Symbol));
        }

        var symbols = mine.Select(m => m.Record.Document.Symbol).Distinct().ToList();
        var documents = await db.SourceDocuments.AsNoTracking()
            .Where(d => symbols.Contains(d.Symbol))
            .Include(d => d.Recommendations).ThenInclude(r => r.States)
            .Include(d => d.Recommendations).ThenInclude(r => r.Themes)
            .Include(d => d.Recommendations).ThenInclude(r => r.Groups)
            .Include(d => d.Recommendations).ThenInclude(r => r.SdgGoals)
            .Include(d => d.Recommendations).ThenInclude(r => r.SdgTargets)
            .AsSplitQuery()
            .ToDictionaryAsync(d => d.Symbol, StringComparer.Ordinal, cancellationToken);

        foreach (var (record, resolved) in mine)
        {
            var existing = documents.GetValueOrDefault(record.Document.Symbol)?.Recommendations
                .FirstOrDefault(r => r.Paragraph == record.Paragraph);
            if (existing is null)
            {
                items.Add(new PlannedRecord(record, ImportAction.Create, null, [], resolved));
                continue;
            }

            var changes = RecordComparer.Changes(existing, record, resolved);
            items.Add(new PlannedRecord(record, changes.Count == 0 ? ImportAction.Unchanged : ImportAction.Update, existing.Id, changes, resolved));
        }

        var newDocuments = mine.Select(m => m.Record.Document)
            .Where(d => !documents.ContainsKey(d.Symbol))
            .DistinctBy(d => d.Symbol)
            .ToList();
        if (file.Records.Count > 0 && mine.Count == 0 && problems.Count == 0)
        {
            problems.Add(new ImportProblem(0, null, "None of the recommendations in the file is addressed to {0}.", tenant.Name));
        }

        return new ImportPlan(file.Format, items.OrderBy(i => i.Record.RowNumber).ToList(), problems.OrderBy(p => p.Row).ToList(), warnings, newDocuments);
    }
}
