using Microsoft.Extensions.Diagnostics.HealthChecks;
using Simore.Core.FollowUp.Storage;

namespace Simore.Web.Infrastructure;

/// <summary>
/// The bucket of uploaded evidence answers, when files are kept in an S3-compatible store: a process
/// that cannot reach it would fail every upload and download. The local folder was checked when the
/// process started and needs no network.
/// </summary>
public sealed class FileStorageHealthCheck(IFileStorage storage) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (storage is not S3FileStorage bucket)
        {
            return HealthCheckResult.Healthy();
        }

        return await bucket.CanReachBucketAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The S3 bucket of uploaded files does not answer (Storage:S3:ServiceUrl, Bucket, credentials).");
    }
}
