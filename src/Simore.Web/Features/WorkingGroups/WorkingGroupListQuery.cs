using Microsoft.EntityFrameworkCore;
using Simore.Core.Data;

namespace Simore.Web.Features.WorkingGroups;

public sealed record WorkingGroupRow(long Id, string Name, bool IsActive, int Institutions, int People, IReadOnlyList<string> Clusters, int MeetingsInYear)
{
    public bool IsBehind => MeetingRule.IsBehind(IsActive, MeetingsInYear);
}

/// <summary>The State's working groups and whether each meets often enough.</summary>
public sealed class WorkingGroupListQuery(SimoreDbContext db, TimeProvider clock)
{
    public async Task<List<WorkingGroupRow>> LoadAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var from = MeetingRule.WindowStart(now);
        var groups = await db.WorkingGroups.AsNoTracking()
            .OrderBy(g => g.Name)
            .Select(g => new
            {
                g.Id,
                g.Name,
                g.IsActive,
                Institutions = g.Institutions.Count,
                People = g.Members.Count,
                ClusterIds = g.Clusters.Select(c => c.ClusterId).ToList(),
                Meetings = g.Meetings.Count(m => m.StartsAt >= from && m.StartsAt <= now),
            })
            .ToListAsync(cancellationToken);
        var clusters = (await Registry.ClusterOption.ListAsync(db, cancellationToken)).ToDictionary(c => c.Id, c => c.Name);
        return groups.Select(g => new WorkingGroupRow(
                g.Id, g.Name, g.IsActive, g.Institutions, g.People,
                g.ClusterIds.Where(clusters.ContainsKey).Select(id => clusters[id]).ToList(),
                g.Meetings))
            .ToList();
    }
}
