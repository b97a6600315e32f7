using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Simore.Core.Data;
using Simore.Core.FollowUp.Storage;
using Simore.Core.Reports.Pdf;
using Simore.Core.Tenancy;

namespace Simore.Core.Reports.Jobs;

/// <summary>
/// Makes one requested draft. Arguments are ids only; the job sets its tenant itself. Running it
/// again is harmless: a request that succeeded is left alone, one that another worker is making is
/// waited for (then found done), and a failed one waits until the drafter retries it, which queues it
/// again. Whoever makes a draft holds a PostgreSQL advisory lock on it for the whole run, so a request
/// left "being made" by a worker that was killed (its session, and so its lock, gone with it) is taken
/// up by the job Hangfire hands to another worker after the invisibility timeout.
/// </summary>
public sealed class ReportJob(
    ITenantContext tenant, SimoreDbContext db, ReportGenerator generator, IFileStorage storage, TimeProvider clock, ILogger<ReportJob> logger)
{
    /// <summary>A request "running" for longer than this was abandoned by a worker that stopped; the drafter may ask again.</summary>
    public static readonly TimeSpan Abandoned = TimeSpan.FromMinutes(15);

    /// <summary>First half of the advisory lock's key, naming this job; the request id is the second.</summary>
    public const int LockClass = 5_180_002;

    [AutomaticRetry(Attempts = 0)]
    [JobDisplayName("Report draft {1} of tenant {0}")]
    public async Task RunAsync(int tenantId, long requestId, CancellationToken cancellationToken)
    {
        tenant.Use(tenantId);

        // One connection for the whole run: the session-level lock lives as long as it does.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({LockClass}, {LockKey(requestId)})", cancellationToken);
            try
            {
                await MakeAsync(tenantId, requestId, cancellationToken);
            }
            finally
            {
                await UnlockAsync(requestId);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public static string Reason(Exception e) => e switch
    {
        PdfRendererUnavailableException => ReportFailure.RendererUnavailable,
        OperationCanceledException or TimeoutException => ReportFailure.TimedOut,
        Model.ReportInputException input => input.Reason,
        _ => ReportFailure.Unexpected,
    };

    /// <summary>
    /// The request id folded into the lock's 32 bits: two requests 2^32 apart share a key, which only
    /// makes one wait for the other.
    /// </summary>
    private static int LockKey(long requestId) => unchecked((int)requestId);

    /// <summary>
    /// Runs while holding the request's lock: nobody else is making it, so a request still marked
    /// "being made" was left so by a worker that stopped, and is made again.
    /// </summary>
    private async Task MakeAsync(int tenantId, long requestId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var claimed = await db.ReportRequests
            .Where(r => r.Id == requestId && (r.State == ReportState.Queued || r.State == ReportState.Running))
            .ExecuteUpdateAsync(
                set => set.SetProperty(r => r.State, ReportState.Running).SetProperty(r => r.StartedAt, now).SetProperty(r => r.Progress, 5)
                    .SetProperty(r => r.Attempts, r => r.Attempts + 1).SetProperty(r => r.Error, (string?)null).SetProperty(r => r.ErrorDetail, (string?)null),
                cancellationToken);
        if (claimed == 0)
        {
            return;
        }

        var request = await db.ReportRequests.AsNoTracking().SingleAsync(r => r.Id == requestId, cancellationToken);
        string? key = null;
        try
        {
            var report = await generator.GenerateAsync(request.Kind, request.Format, request.Options, p => ProgressAsync(requestId, p), cancellationToken);
            await ProgressAsync(requestId, 90);
            key = $"{tenantId}/{now.UtcDateTime:yyyy}/{Guid.NewGuid():N}.{ReportFormats.Extension(request.Format)}";
            using (var content = new MemoryStream(report.Content, writable: false))
            {
                await storage.SaveAsync(key, content, cancellationToken);
            }

            var saved = await db.ReportRequests.Where(r => r.Id == requestId && r.State == ReportState.Running)
                .ExecuteUpdateAsync(
                    set => set.SetProperty(r => r.State, ReportState.Succeeded).SetProperty(r => r.Progress, 100).SetProperty(r => r.FileKey, key)
                        .SetProperty(r => r.FileName, report.FileName).SetProperty(r => r.FileSize, report.Content.LongLength)
                        .SetProperty(r => r.WordCount, report.WordCount).SetProperty(r => r.FinishedAt, clock.GetUtcNow()),
                    CancellationToken.None);
            if (saved == 0)
            {
                await storage.DeleteAsync(key, CancellationToken.None);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The server is stopping: give the request back to the queue; Hangfire runs the job again after the restart.
            await db.ReportRequests.Where(r => r.Id == requestId && r.State == ReportState.Running)
                .ExecuteUpdateAsync(set => set.SetProperty(r => r.State, ReportState.Queued).SetProperty(r => r.Progress, 0), CancellationToken.None);
            await DeleteAsync(key);
            throw;
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Report request {RequestId} of tenant {TenantId} failed", requestId, tenantId);
            await DeleteAsync(key);
            var detail = (e.GetType().Name + ": " + e.Message) is var d && d.Length > 2000 ? d[..2000] : e.GetType().Name + ": " + e.Message;
            await db.ReportRequests.Where(r => r.Id == requestId)
                .ExecuteUpdateAsync(
                    set => set.SetProperty(r => r.State, ReportState.Failed).SetProperty(r => r.Error, Reason(e)).SetProperty(r => r.ErrorDetail, detail)
                        .SetProperty(r => r.FinishedAt, clock.GetUtcNow()),
                    CancellationToken.None);
        }
    }

    /// <summary>
    /// Explicitly: a pooled connection is reset only when it is next used, and the lock would last
    /// until then. A connection that broke took the lock with it, and its error is not this one's.
    /// </summary>
    private async Task UnlockAsync(long requestId)
    {
        try
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({LockClass}, {LockKey(requestId)})", CancellationToken.None);
        }
        catch (System.Data.Common.DbException e)
        {
            logger.LogWarning(e, "The lock of report request {RequestId} went with its connection", requestId);
        }
    }

    private Task<int> ProgressAsync(long requestId, int progress) =>
        db.ReportRequests.Where(r => r.Id == requestId && r.State == ReportState.Running && r.Progress < progress)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.Progress, progress), CancellationToken.None);

    private async Task DeleteAsync(string? key)
    {
        if (key is not null)
        {
            await storage.DeleteAsync(key, CancellationToken.None);
        }
    }
}
