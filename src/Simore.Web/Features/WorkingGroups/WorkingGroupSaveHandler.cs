using Microsoft.EntityFrameworkCore;
using Npgsql;
using Simore.Core.Data;
using Simore.Core.Network;
using Simore.Web.Features.Institutions;

namespace Simore.Web.Features.WorkingGroups;

public enum WorkingGroupSaveOutcome
{
    Saved,
    NotFound,
    DuplicateName,

    /// <summary>An institution, person or cluster that is not the State's.</summary>
    UnknownChoice,

    /// <summary>Someone else saved in between: nothing was written.</summary>
    Conflict,
}

/// <summary>Creates and edits working groups with their institutions, people and clusters.</summary>
public sealed class WorkingGroupSaveHandler(SimoreDbContext db, TimeProvider clock)
{
    public async Task<(WorkingGroupSaveOutcome Outcome, long? Id)> CreateAsync(WorkingGroupForm form, CancellationToken cancellationToken)
    {
        var group = new WorkingGroup { Name = form.Name.Trim(), CreatedAt = clock.GetUtcNow() };
        var outcome = await CheckAsync(group, form, cancellationToken);
        if (outcome != WorkingGroupSaveOutcome.Saved)
        {
            return (outcome, null);
        }

        Apply(group, form);
        db.WorkingGroups.Add(group);
        return (await SaveAsync(cancellationToken), group.Id);
    }

    public async Task<WorkingGroupSaveOutcome> UpdateAsync(long id, WorkingGroupForm form, CancellationToken cancellationToken)
    {
        var group = await db.WorkingGroups.Include(g => g.Institutions).Include(g => g.Members).Include(g => g.Clusters)
            .AsSplitQuery().FirstOrDefaultAsync(g => g.Id == id, cancellationToken);
        if (group is null)
        {
            return WorkingGroupSaveOutcome.NotFound;
        }

        var outcome = await CheckAsync(group, form, cancellationToken);
        if (outcome != WorkingGroupSaveOutcome.Saved)
        {
            return outcome;
        }

        db.Entry(group).Property(g => g.Version).OriginalValue = form.Version;
        Apply(group, form);

        // The member lists live in other tables: update the group's own row anyway, so that its
        // version (xmin) is checked and moves even when only the lists changed.
        db.Entry(group).Property(g => g.Name).IsModified = true;
        return await SaveAsync(cancellationToken);
    }

    private async Task<WorkingGroupSaveOutcome> CheckAsync(WorkingGroup group, WorkingGroupForm form, CancellationToken cancellationToken)
    {
        var pattern = LikePattern.Exactly(form.Name.Trim());
        if (await db.WorkingGroups.AnyAsync(g => g.Id != group.Id && EF.Functions.ILike(g.Name, pattern, LikePattern.Escape), cancellationToken))
        {
            return WorkingGroupSaveOutcome.DuplicateName;
        }

        var institutions = form.InstitutionIds.Distinct().ToList();
        var clusters = form.ClusterIds.Distinct().ToList();
        var members = form.MemberIds.Distinct().ToList();

        if (await db.Institutions.CountAsync(i => institutions.Contains(i.Id), cancellationToken) != institutions.Count
            || await db.Clusters.CountAsync(c => clusters.Contains(c.Id), cancellationToken) != clusters.Count
            || !await AllMembersKnownAsync(members, group.Members.Select(m => m.UserId).ToList(), cancellationToken))
        {
            return WorkingGroupSaveOutcome.UnknownChoice;
        }

        return WorkingGroupSaveOutcome.Saved;
    }

    /// <summary>Accounts are global: a newcomer must hold an active role in this State (those already in the group may stay).</summary>
    private async Task<bool> AllMembersKnownAsync(List<Guid> members, List<Guid> current, CancellationToken cancellationToken)
    {
        var newcomers = members.Except(current).ToList();
        var known = await db.Memberships.Where(m => newcomers.Contains(m.UserId) && m.EndedAt == null && m.User!.IsActive)
            .Select(m => m.UserId).Distinct().CountAsync(cancellationToken);
        return known == newcomers.Count;
    }

    private static void Apply(WorkingGroup group, WorkingGroupForm form)
    {
        group.Name = form.Name.Trim();
        group.Description = string.IsNullOrWhiteSpace(form.Description) ? null : form.Description.Trim();
        group.IsActive = form.IsActive;
        Sync(group.Institutions, x => x.InstitutionId, form.InstitutionIds, id => new WorkingGroupInstitution { InstitutionId = id });
        Sync(group.Members, x => x.UserId, form.MemberIds, id => new WorkingGroupMember { UserId = id });
        Sync(group.Clusters, x => x.ClusterId, form.ClusterIds, id => new WorkingGroupCluster { ClusterId = id });
    }

    private static void Sync<TRow, TKey>(List<TRow> rows, Func<TRow, TKey> key, IEnumerable<TKey> wanted, Func<TKey, TRow> create)
    {
        var target = wanted.ToHashSet();
        rows.RemoveAll(r => !target.Contains(key(r)));
        var present = rows.Select(key).ToHashSet();
        rows.AddRange(target.Where(k => !present.Contains(k)).Select(create));
    }

    private async Task<WorkingGroupSaveOutcome> SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return WorkingGroupSaveOutcome.Saved;
        }
        catch (DbUpdateConcurrencyException)
        {
            return WorkingGroupSaveOutcome.Conflict;
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return WorkingGroupSaveOutcome.DuplicateName;
        }
    }
}
