using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Simore.Core.Data;
using Simore.Core.Tenancy;

namespace Simore.IntegrationTests.Jobs;

/// <summary>A job written the way Simore's jobs are: ids only, tenant first; it sets the tenant itself.</summary>
public sealed class TenantProbeJob(ITenantContext tenant, SimoreDbContext db)
{
    public static ConcurrentDictionary<string, int> Seen { get; } = new();

    public async Task RunAsync(int tenantId, string marker)
    {
        tenant.Use(tenantId);
        Seen[marker] = await db.Recommendations.CountAsync();
    }

    public Task LeakAttemptAsync(string marker) =>
        db.Recommendations.CountAsync().ContinueWith(t => Seen[marker] = t.Result, TaskScheduler.Default);
}
