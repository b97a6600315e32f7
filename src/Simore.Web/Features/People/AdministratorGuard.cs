using Microsoft.EntityFrameworkCore;
using Simore.Core.Data;
using Simore.Core.Identity;

namespace Simore.Web.Features.People;

/// <summary>
/// A State must keep at least one active administrator. Changes that could remove the last one take
/// a lock per State inside their transaction, so two administrators removing each other at the same
/// moment cannot both succeed.
/// </summary>
public static class AdministratorGuard
{
    private const int LockKey = 0x51A0;

    public static async Task LockAsync(SimoreDbContext db, int tenantId, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({LockKey}, {tenantId})", cancellationToken);

    /// <summary>True when the person is an active administrator and no other active administrator remains.</summary>
    public static async Task<bool> IsLastAdministratorAsync(SimoreDbContext db, Guid userId, CancellationToken cancellationToken)
    {
        var administrators = await db.Memberships
            .Where(m => m.Role == Roles.Administrator && m.EndedAt == null && m.User!.IsActive)
            .Select(m => m.UserId).Distinct().ToListAsync(cancellationToken);
        return administrators.Contains(userId) && administrators.Count == 1;
    }
}
