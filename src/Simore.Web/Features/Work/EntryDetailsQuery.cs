using Microsoft.EntityFrameworkCore;
using Simore.Core.Data;
using Simore.Core.FollowUp;

namespace Simore.Web.Features.Work;

public sealed record EntryRecommendationRow(long Id, string Reference, string Text);

public sealed record IndicatorChoice(long Id, string Title, string? Unit);

/// <summary>An entry with what it reports on, its evidence, its path so far and the indicators it may report.</summary>
public sealed record EntryDetails(
    FollowUpEntry Entry,
    string Institution,
    IReadOnlyList<EntryRecommendationRow> Recommendations,
    IReadOnlyList<IndicatorChoice> Indicators,
    string DefaultLanguage,
    IReadOnlyList<string> Languages);

public sealed class EntryDetailsQuery(SimoreDbContext db, Simore.Core.Tenancy.ITenantContext tenantContext)
{
    public async Task<EntryDetails?> LoadAsync(long id, CancellationToken cancellationToken)
    {
        var entry = await db.FollowUpEntries.AsNoTracking()
            .Include(e => e.Institution).Include(e => e.Recommendations).Include(e => e.Evidence)
            .Include(e => e.Transitions.OrderBy(t => t.At)).Include(e => e.IndicatorValues)
            .AsSplitQuery()
            .FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        return entry is null ? null : await ForAsync(entry, entry.Recommendations.Select(r => r.RecommendationId).ToList(), cancellationToken);
    }

    /// <summary>For a new entry on these recommendations.</summary>
    public async Task<EntryDetails> ForAsync(FollowUpEntry entry, IReadOnlyCollection<long> recommendationIds, CancellationToken cancellationToken)
    {
        var recommendations = await db.Recommendations.AsNoTracking()
            .Where(r => recommendationIds.Contains(r.Id))
            .OrderBy(r => r.Document!.Symbol).ThenBy(r => r.SortKey)
            .Select(r => new { r.Id, Reference = r.Document!.Symbol + " " + r.Paragraph, r.Text, r.ClusterId })
            .ToListAsync(cancellationToken);
        var clusters = recommendations.Where(r => r.ClusterId != null).Select(r => r.ClusterId).ToList();
        var ids = recommendations.Select(r => r.Id).ToList();
        var indicators = await db.Indicators.AsNoTracking()
            .Where(i => (i.RecommendationId != null && ids.Contains(i.RecommendationId.Value)) || (i.ClusterId != null && clusters.Contains(i.ClusterId)))
            .OrderBy(i => i.Title)
            .Select(i => new IndicatorChoice(i.Id, i.Title, i.Unit))
            .ToListAsync(cancellationToken);
        var tenant = tenantContext.Tenant!;
        var institution = entry.Institution?.NameIn(Shared.Names.Language)
            ?? (await db.Institutions.AsNoTracking().FirstAsync(i => i.Id == entry.InstitutionId, cancellationToken)).NameIn(Shared.Names.Language);
        return new EntryDetails(
            entry,
            institution,
            recommendations.Select(r => new EntryRecommendationRow(r.Id, r.Reference, r.Text)).ToList(),
            indicators,
            tenant.DefaultLanguage,
            tenant.EnabledLanguages.Count > 0 ? tenant.EnabledLanguages : [tenant.DefaultLanguage]);
    }
}
