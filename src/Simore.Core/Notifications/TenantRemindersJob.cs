using Microsoft.EntityFrameworkCore;
using Simore.Core.Data;
using Simore.Core.Tenancy;

namespace Simore.Core.Notifications;

/// <summary>
/// One tenant's reminders for one day: digests, meetings, the reporting calendar. Running it again
/// adds nothing (each message's deduplication key names its event); the minutely dispatch sends them.
/// </summary>
public sealed class TenantRemindersJob(
    ITenantContext tenant, SimoreDbContext db, DigestReminders digests, MeetingReminders meetings, CalendarReminders calendar)
{
    /// <summary>First half of the advisory lock's key, naming this job; the tenant id is the second.</summary>
    private const int LockClass = 5_180_001;

    public async Task<int> RunAsync(int tenantId, DateOnly day, CancellationToken cancellationToken)
    {
        tenant.Use(tenantId);

        // One transaction: a run writes its messages all together or not at all, and a second run of
        // the same tenant waits on the lock, then finds them there instead of racing to insert them.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({LockClass}, {tenantId})", cancellationToken);
        var current = await db.Tenants.AsNoTracking().FirstOrDefaultAsync(t => t.Id == tenantId && t.IsActive, cancellationToken);
        if (current is null)
        {
            return 0;
        }

        var added = await digests.SendAsync(current, day, cancellationToken)
            + await meetings.SendAsync(current, day, cancellationToken)
            + await calendar.SendAsync(current, day, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return added;
    }
}
