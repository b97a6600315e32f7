using Microsoft.EntityFrameworkCore;
using Simore.Core.Auditing;
using Simore.Core.Data;
using Simore.Core.Tenancy;

namespace Simore.Web.Features.People;

public enum AccountChange
{
    Done,
    NotFound,
    Self,
    LastAdministrator,
    Conflict,
}

/// <summary>
/// Deactivates a person in this State: every role they hold here ends (roles are read on each
/// request, so at once). Nothing is deleted, so history keeps their name. The account itself is
/// global and may serve another State: one State never locks a person out of another.
/// </summary>
public sealed class AccountStatusHandler(SimoreDbContext db, ITenantContext tenant, ICurrentUser currentUser, TimeProvider clock)
{
    public async Task<AccountChange> DeactivateAsync(Guid userId, CancellationToken cancellationToken)
    {
        if (!await db.Memberships.AnyAsync(m => m.UserId == userId, cancellationToken))
        {
            return AccountChange.NotFound;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await AdministratorGuard.LockAsync(db, tenant.TenantId!.Value, cancellationToken);
        if (await AdministratorGuard.IsLastAdministratorAsync(db, userId, cancellationToken))
        {
            return AccountChange.LastAdministrator;
        }

        if (userId == currentUser.Id)
        {
            return AccountChange.Self;
        }

        var now = clock.GetUtcNow();
        foreach (var membership in await db.Memberships.Where(m => m.UserId == userId && m.EndedAt == null).ToListAsync(cancellationToken))
        {
            membership.EndedAt = now;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return AccountChange.Done;
    }
}
