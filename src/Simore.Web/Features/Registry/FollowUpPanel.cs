using Microsoft.EntityFrameworkCore;
using Simore.Core.Data;
using Simore.Core.FollowUp;
using Simore.Core.Network;

namespace Simore.Web.Features.Registry;

public sealed record AssignmentRow(long Id, long InstitutionId, string Institution, AssignmentRole Role, DateOnly? Deadline, Priority Priority);

public sealed record EntryRow(long Id, string Institution, EntryStatus Status, ImplementationStatus ProposedStatus, string Text, DateTimeOffset UpdatedAt);

public sealed record IndicatorRow(Indicator Indicator, IReadOnlyList<IndicatorValue> Values);

/// <summary>The follow-up of one recommendation, for the administrator: who is responsible, what they reported, indicators.</summary>
public sealed record FollowUpPanel(
    IReadOnlyList<AssignmentRow> Assignments,
    IReadOnlyList<EntryRow> Entries,
    IReadOnlyList<IndicatorRow> Indicators,
    IReadOnlyList<Institutions.InstitutionOption> Institutions);

public sealed class FollowUpPanelQuery(SimoreDbContext db)
{
    public async Task<FollowUpPanel> LoadAsync(long recommendationId, long? clusterId, CancellationToken cancellationToken)
    {
        var language = Shared.Names.Language;
        var assignments = (await db.Assignments.AsNoTracking().Include(a => a.Institution)
                .Where(a => a.RecommendationId == recommendationId)
                .ToListAsync(cancellationToken))
            .Select(a => new AssignmentRow(a.Id, a.InstitutionId, a.Institution!.NameIn(language), a.Role, a.Deadline, a.Priority))
            .OrderBy(a => a.Role).ThenBy(a => a.Institution, StringComparer.Ordinal)
            .ToList();
        var entries = (await db.FollowUpEntries.AsNoTracking().Include(e => e.Institution)
                .Where(e => e.Recommendations.Any(r => r.RecommendationId == recommendationId))
                .OrderByDescending(e => e.UpdatedAt)
                .ToListAsync(cancellationToken))
            .Select(e => new EntryRow(e.Id, e.Institution!.NameIn(language), e.Status, e.ProposedStatus, e.Text, e.UpdatedAt))
            .ToList();
        var indicators = await db.Indicators.AsNoTracking()
            .Include(i => i.Values.OrderBy(v => v.ObservedOn))
            .Where(i => i.RecommendationId == recommendationId || (clusterId != null && i.ClusterId == clusterId))
            .OrderBy(i => i.Title)
            .ToListAsync(cancellationToken);
        return new FollowUpPanel(
            assignments,
            entries,
            indicators.Select(i => new IndicatorRow(i, i.Values)).ToList(),
            await Institutions.InstitutionOption.ActiveAsync(db, cancellationToken));
    }
}
