using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Simore.Core.Data;
using Simore.Core.Tenancy;

namespace Simore.Core.Notifications;

/// <summary>
/// Every minute: a dispatch job for each active tenant with a message due. Whoever wrote to the
/// outbox (reminders, the follow-up workflow) need not enqueue anything, and retries happen here.
/// The outbox is row-level secured, so each tenant is looked at in a scope of its own.
/// </summary>
public sealed class EmailDispatchSweep(
    SimoreDbContext db, IServiceScopeFactory scopes, IBackgroundJobClient jobs, IOptions<EmailOptions> options, TimeProvider clock)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var tenantIds = await db.Tenants.AsNoTracking().Where(t => t.IsActive).OrderBy(t => t.Id).Select(t => t.Id).ToListAsync(cancellationToken);
        var enqueued = 0;
        foreach (var tenantId in tenantIds)
        {
            using var scope = scopes.CreateScope();
            scope.ServiceProvider.GetRequiredService<ITenantContext>().Use(tenantId);
            var tenantDb = scope.ServiceProvider.GetRequiredService<SimoreDbContext>();
            if (await OutboxClaims.AnyDueAsync(tenantDb, tenantId, options.Value.MaxAttempts, now, cancellationToken))
            {
                jobs.Enqueue<EmailDispatchJob>(job => job.RunAsync(tenantId, CancellationToken.None));
                enqueued++;
            }
        }

        return enqueued;
    }
}
