using Hangfire;
using Microsoft.EntityFrameworkCore;
using Simore.Core.Auditing;
using Simore.Core.Data;
using Simore.Core.Reports.Jobs;
using Simore.Core.Tenancy;

namespace Simore.Core.Reports;

/// <summary>Records a drafter's request and queues the job that makes it; queues a failed or abandoned one again.</summary>
public sealed class ReportRequests(SimoreDbContext db, ITenantContext tenant, ICurrentUser user, IBackgroundJobClient jobs, TimeProvider clock)
{
    public async Task<ReportRequest> CreateAsync(ReportKind kind, ReportFormat format, ReportOptions options, CancellationToken cancellationToken = default)
    {
        var request = new ReportRequest
        {
            Kind = kind,
            Format = format,
            Options = options,
            Language = options.Language,
            RequestedById = user.Id,
            RequestedByName = user.Name,
            RequestedAt = clock.GetUtcNow(),
        };
        db.ReportRequests.Add(request);
        await db.SaveChangesAsync(cancellationToken);
        Enqueue(request.Id);
        return request;
    }

    /// <summary>
    /// Whether the drafter may ask again: it failed, a worker took it and never finished, or no worker
    /// took it for a long time (the queue was lost). A second job for the same request does no harm.
    /// </summary>
    public bool CanRetry(ReportRequest request)
    {
        var stale = clock.GetUtcNow() - ReportJob.Abandoned;
        return request.State switch
        {
            ReportState.Failed => true,
            ReportState.Running => request.StartedAt < stale,
            ReportState.Queued => request.RequestedAt < stale,
            _ => false,
        };
    }

    public async Task<bool> RetryAsync(long id, CancellationToken cancellationToken = default)
    {
        var request = await db.ReportRequests.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (request is null || !CanRetry(request))
        {
            return false;
        }

        request.State = ReportState.Queued;
        request.Progress = 0;
        request.Error = null;
        request.ErrorDetail = null;
        request.FinishedAt = null;
        await db.SaveChangesAsync(cancellationToken);
        Enqueue(request.Id);
        return true;
    }

    private void Enqueue(long requestId)
    {
        var tenantId = tenant.TenantId ?? throw new InvalidOperationException("A report request needs a current tenant.");
        jobs.Enqueue<ReportJob>(job => job.RunAsync(tenantId, requestId, CancellationToken.None));
    }
}
