using Hangfire;
using Microsoft.EntityFrameworkCore;
using Simore.Core.Data;

namespace Simore.Core.Notifications;

/// <summary>
/// Once a day: one reminders job per active tenant, for that day. The day is an argument, so a
/// job retried after midnight still works on the day it was meant for.
/// </summary>
public sealed class ReminderScheduler(SimoreDbContext db, IBackgroundJobClient jobs, TimeProvider clock)
{
    public Task<int> RunAsync(CancellationToken cancellationToken) =>
        ScheduleAsync(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), cancellationToken);

    public async Task<int> ScheduleAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var tenantIds = await db.Tenants.AsNoTracking().Where(t => t.IsActive).OrderBy(t => t.Id).Select(t => t.Id).ToListAsync(cancellationToken);
        foreach (var tenantId in tenantIds)
        {
            jobs.Enqueue<TenantRemindersJob>(job => job.RunAsync(tenantId, day, CancellationToken.None));
        }

        return tenantIds.Count;
    }
}
