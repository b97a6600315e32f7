using Hangfire;
using Hangfire.States;
using Microsoft.Extensions.DependencyInjection;

namespace Simore.IntegrationTests.Jobs;

/// <summary>Real Hangfire: jobs go through PostgreSQL storage and the app's own server processes them.</summary>
public sealed class BackgroundJobTests
{
    [Test]
    public async Task A_job_runs_in_its_tenant_and_sees_only_that_tenants_rows()
    {
        var a = await Fixtures.NewTenantAsync();
        var b = await Fixtures.NewTenantAsync();
        await Fixtures.AddRecommendationsAsync(a, "one", "two");
        await Fixtures.AddRecommendationsAsync(b, "three");
        var jobs = TestEnvironment.App.Services.GetRequiredService<IBackgroundJobClient>();
        var markerA = Guid.NewGuid().ToString();
        var markerB = Guid.NewGuid().ToString();

        var idA = jobs.Enqueue<TenantProbeJob>(job => job.RunAsync(a.Id, markerA));
        var idB = jobs.Enqueue<TenantProbeJob>(job => job.RunAsync(b.Id, markerB));
        await WaitForAsync(idA, SucceededState.StateName);
        await WaitForAsync(idB, SucceededState.StateName);

        Assert.That(TenantProbeJob.Seen[markerA], Is.EqualTo(2));
        Assert.That(TenantProbeJob.Seen[markerB], Is.EqualTo(1));
    }

    [Test]
    public async Task A_job_that_forgets_to_set_its_tenant_sees_nothing()
    {
        var a = await Fixtures.NewTenantAsync();
        await Fixtures.AddRecommendationsAsync(a, "one");
        var marker = Guid.NewGuid().ToString();

        var id = TestEnvironment.App.Services.GetRequiredService<IBackgroundJobClient>().Enqueue<TenantProbeJob>(job => job.LeakAttemptAsync(marker));
        await WaitForAsync(id, SucceededState.StateName);

        Assert.That(TenantProbeJob.Seen[marker], Is.Zero);
    }

    private static async Task WaitForAsync(string jobId, string state)
    {
        var monitor = JobStorage.Current.GetMonitoringApi();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            var details = monitor.JobDetails(jobId);
            var current = details?.History.FirstOrDefault()?.StateName;
            if (current == state)
            {
                return;
            }

            if (current == FailedState.StateName)
            {
                Assert.Fail($"Job {jobId} failed: {(details!.History.First().Data.TryGetValue("ExceptionMessage", out var message) ? message : "unknown")}");
            }

            await Task.Delay(100);
        }

        Assert.Fail($"Job {jobId} did not reach {state} in time.");
    }
}
