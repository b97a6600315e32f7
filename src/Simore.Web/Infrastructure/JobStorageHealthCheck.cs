using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Simore.Web.Infrastructure;

/// <summary>
/// Hangfire's storage answers: every process enqueues jobs (e-mails, reminders), so a web process
/// that cannot reach it is not ready either. Reports how many job servers are alive.
/// </summary>
public sealed class JobStorageHealthCheck(JobStorage storage) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var servers = storage.GetMonitoringApi().Servers();
            return Task.FromResult(HealthCheckResult.Healthy(data: new Dictionary<string, object> { ["servers"] = servers.Count }));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Hangfire wraps the storage's own exceptions in several ways; any failure here means "not ready".
            return Task.FromResult(HealthCheckResult.Unhealthy("The job storage does not answer.", e));
        }
    }
}
