using Microsoft.EntityFrameworkCore;
using Simore.Core.Auditing;
using Simore.Core.Data;
using Simore.Core.Identity;
using Simore.Core.Tenancy;

namespace Simore.Web.Features.People;

public enum MembershipChange
{
    Done,
    NotFound,
    AlreadyEnded,
    OwnAdministratorRole,
    LastAdministrator,
}

/// <summary>Ends one role of a person without touching their others; chooses the main focal point.</summary>
public sealed class MembershipChangeHandler(SimoreDbContext db, ITenantContext tenant, ICurrentUser currentUser, TimeProvider clock)
{
    public async Task<MembershipChange> EndAsync(long membershipId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await AdministratorGuard.LockAsync(db, tenant.TenantId!.Value, cancellationToken);
        var membership = await db.Memberships.FirstOrDefaultAsync(m => m.Id == membershipId, cancellationToken);
        if (membership is null)
        {
            return MembershipChange.NotFound;
        }

        if (membership.EndedAt is not null)
        {
            return MembershipChange.AlreadyEnded;
        }

        if (membership.Role == Roles.Administrator)
        {
            if (await AdministratorGuard.IsLastAdministratorAsync(db, membership.UserId, cancellationToken))
            {
                return MembershipChange.LastAdministrator;
            }

            if (membership.UserId == currentUser.Id)
            {
                return MembershipChange.OwnAdministratorRole;
            }
        }

        membership.EndedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return MembershipChange.Done;
    }

    /// <summary>Makes a focal point the main one of their institution (the previous main one becomes an alternate), or an alternate.</summary>
    public async Task<MembershipChange> SetMainAsync(long membershipId, bool main, CancellationToken cancellationToken)
    {
        var membership = await db.Memberships.FirstOrDefaultAsync(m => m.Id == membershipId, cancellationToken);
        if (membership is null || membership.Role != Roles.FocalPoint || membership.InstitutionId is null)
        {
            return MembershipChange.NotFound;
        }

        if (membership.EndedAt is not null)
        {
            return MembershipChange.AlreadyEnded;
        }

        if (main)
        {
            var others = await db.Memberships.Where(m => m.Id != membershipId && m.Role == Roles.FocalPoint
                && m.InstitutionId == membership.InstitutionId && m.IsMain && m.EndedAt == null).ToListAsync(cancellationToken);
            others.ForEach(m => m.IsMain = false);
        }

        membership.IsMain = main;
        await db.SaveChangesAsync(cancellationToken);
        return MembershipChange.Done;
    }
}
