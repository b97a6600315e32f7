using Microsoft.EntityFrameworkCore;
using Simore.Core.Data;
using Simore.Core.Network;
using Simore.Web.Features.Shared;

namespace Simore.Web.Features.WorkingGroups;

public sealed record GroupMember(Guid Id, string Name, string Email, bool IsActive);

public sealed record GroupCluster(long Id, string Name);

public sealed record MeetingRow(long Id, DateTimeOffset StartsAt, string? Location, int Present, bool HasMinutes);

public sealed record WorkingGroupDetailsModel(
    WorkingGroup Group, IReadOnlyList<string> Institutions, IReadOnlyList<GroupMember> Members, IReadOnlyList<GroupCluster> Clusters,
    IReadOnlyList<MeetingRow> Meetings, int MeetingsInYear)
{
    public bool IsBehind => MeetingRule.IsBehind(Group.IsActive, MeetingsInYear);
}

/// <summary>One working group: who is in it, what it follows, when it met.</summary>
public sealed class WorkingGroupDetailsQuery(SimoreDbContext db, TimeProvider clock)
{
    public async Task<WorkingGroupDetailsModel?> LoadAsync(long id, CancellationToken cancellationToken)
    {
        var group = await db.WorkingGroups.AsNoTracking().Include(g => g.Institutions).Include(g => g.Members).Include(g => g.Clusters)
            .AsSplitQuery().FirstOrDefaultAsync(g => g.Id == id, cancellationToken);
        if (group is null)
        {
            return null;
        }

        var institutionIds = group.Institutions.Select(i => i.InstitutionId).ToList();
        var institutions = (await db.Institutions.AsNoTracking().Where(i => institutionIds.Contains(i.Id)).ToListAsync(cancellationToken))
            .Select(i => i.NameIn(Names.Language)).Order(StringComparer.Create(System.Globalization.CultureInfo.CurrentUICulture, true)).ToList();
        var memberIds = group.Members.Select(m => m.UserId).ToList();
        var members = await db.Users.AsNoTracking().Where(u => memberIds.Contains(u.Id)).OrderBy(u => u.DisplayName)
            .Select(u => new GroupMember(u.Id, u.DisplayName, u.Email ?? string.Empty, u.IsActive)).ToListAsync(cancellationToken);
        var clusterIds = group.Clusters.Select(c => c.ClusterId).ToHashSet();
        var clusters = (await Registry.ClusterOption.ListAsync(db, cancellationToken))
            .Where(c => clusterIds.Contains(c.Id)).Select(c => new GroupCluster(c.Id, c.Name)).ToList();
        var meetings = await db.Meetings.AsNoTracking().Where(m => m.WorkingGroupId == id).OrderByDescending(m => m.StartsAt)
            .Select(m => new MeetingRow(m.Id, m.StartsAt, m.Location, m.Attendance.Count, m.Minutes != null))
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var from = MeetingRule.WindowStart(now);
        return new WorkingGroupDetailsModel(group, institutions, members, clusters, meetings, meetings.Count(m => m.StartsAt >= from && m.StartsAt <= now));
    }
}
