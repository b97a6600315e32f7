using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Simore.Core.Reports;
using Simore.Core.Reports.Jobs;
using Simore.Core.Tenancy;

namespace Simore.IntegrationTests.Reports;

/// <summary>
/// Whoever makes a draft holds the request's advisory lock: a request left "being made" without a
/// holder was abandoned by a worker that stopped and is made by the next run; a run that finds the
/// lock held waits, and then leaves the draft the holder made alone.
/// </summary>
public sealed class ReportJobLockTests
{
    [Test]
    public async Task A_draft_left_being_made_by_a_stopped_worker_is_made_by_the_next_run_of_its_job()
    {
        var scenario = await ReportScenario.CreateAsync();
        var id = await RequestAsync(scenario.Tenant, ReportState.Running);

        await RunJobAsync(scenario.Tenant, id);

        var made = await RequestOfAsync(scenario.Tenant, id);
        Assert.That((made.State, made.Attempts, made.Progress), Is.EqualTo((ReportState.Succeeded, 2, 100)));
        Assert.That(made.FileKey, Is.Not.Null);
    }

    [Test]
    public async Task A_run_that_finds_the_draft_being_made_waits_for_the_maker_and_then_changes_nothing()
    {
        var scenario = await ReportScenario.CreateAsync();
        var id = await RequestAsync(scenario.Tenant, ReportState.Queued);
        await using var maker = new NpgsqlConnection(TestEnvironment.Database.SuperuserConnectionString);
        await maker.OpenAsync();
        await ExecuteAsync(maker, $"SELECT pg_advisory_lock({ReportJob.LockClass}, {id})");

        var run = RunJobAsync(scenario.Tenant, id);
        await WaitForAdvisoryWaiterAsync(maker, run);
        Assert.That((await RequestOfAsync(scenario.Tenant, id)).State, Is.EqualTo(ReportState.Queued), "the waiting run has not claimed the request");

        // The maker finishes the draft (as the job would) and lets go.
        await Fixtures.InTenantAsync(scenario.Tenant, (_, db) => db.ReportRequests.Where(r => r.Id == id)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.State, ReportState.Succeeded).SetProperty(r => r.Attempts, 1).SetProperty(r => r.FileKey, "made-by-the-holder")));
        await ExecuteAsync(maker, $"SELECT pg_advisory_unlock({ReportJob.LockClass}, {id})");
        await run;

        var after = await RequestOfAsync(scenario.Tenant, id);
        Assert.That((after.State, after.Attempts, after.FileKey), Is.EqualTo((ReportState.Succeeded, 1, "made-by-the-holder")));
    }

    private static Task<long> RequestAsync(Tenant tenant, ReportState state) =>
        Fixtures.InTenantAsync(tenant, async (_, db) =>
        {
            var now = DateTimeOffset.UtcNow;
            var request = new ReportRequest
            {
                Kind = ReportKind.Matrix,
                Format = ReportFormat.Csv,
                Language = "en",
                RequestedByName = "test",
                RequestedAt = now,
                State = state,
                Attempts = state == ReportState.Running ? 1 : 0,
                StartedAt = state == ReportState.Running ? now : null,
                Progress = state == ReportState.Running ? 40 : 0,
            };
            db.ReportRequests.Add(request);
            await db.SaveChangesAsync();
            return request.Id;
        });

    private static async Task RunJobAsync(Tenant tenant, long id)
    {
        using var scope = TestEnvironment.App.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<ReportJob>().RunAsync(tenant.Id, id, CancellationToken.None);
    }

    private static Task<ReportRequest> RequestOfAsync(Tenant tenant, long id) =>
        Fixtures.InTenantAsync(tenant, (_, db) => db.ReportRequests.AsNoTracking().SingleAsync(r => r.Id == id));

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Until the run's session waits on an advisory lock; a run that ended instead fails the test with its own error.</summary>
    private static async Task WaitForAdvisoryWaiterAsync(NpgsqlConnection connection, Task run)
    {
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND wait_event = 'advisory' AND query LIKE '%pg_advisory_lock%'", connection);
        while ((long)(await command.ExecuteScalarAsync())! == 0)
        {
            if (run.IsCompleted)
            {
                await run;
                Assert.Fail("The run ended without waiting for the request's lock.");
            }

            await Task.Delay(50);
        }
    }
}
