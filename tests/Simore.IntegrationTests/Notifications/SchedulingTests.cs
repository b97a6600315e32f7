using Hangfire;
using Hangfire.States;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Simore.Core.Identity;
using Simore.Core.Notifications;
using Simore.Web.Infrastructure;

namespace Simore.IntegrationTests.Notifications;

/// <summary>The recurring jobs: what they enqueue for which tenant, and the schedule they are registered with.</summary>
public sealed class SchedulingTests
{
    [Test]
    public async Task The_daily_scheduler_enqueues_one_reminders_job_per_active_tenant_for_its_day()
    {
        var active = await Fixtures.NewTenantAsync();
        var inactive = await Fixtures.NewTenantAsync();
        await Fixtures.InTenantAsync(inactive, async (_, db) =>
        {
            (await db.Tenants.SingleAsync(t => t.Id == inactive.Id)).IsActive = false;
            return await db.SaveChangesAsync();
        });
        var jobs = new CapturingJobClient();
        using var scope = TestEnvironment.App.Services.CreateScope();
        var scheduler = ActivatorUtilities.CreateInstance<ReminderScheduler>(scope.ServiceProvider, jobs, new FixedClock(new DateTimeOffset(2030, 1, 7, 6, 0, 0, TimeSpan.Zero)));

        await scheduler.RunAsync(CancellationToken.None);

        var forActive = jobs.Jobs.Where(j => (int)j.Args[0] == active.Id).ToList();
        Assert.That(forActive, Has.Count.EqualTo(1));
        Assert.That(forActive[0].Type, Is.EqualTo(typeof(TenantRemindersJob)));
        Assert.That(forActive[0].Args[1], Is.EqualTo(new DateOnly(2030, 1, 7)));
        Assert.That(jobs.Jobs.Where(j => (int)j.Args[0] == inactive.Id), Is.Empty);
    }

    [Test]
    public async Task The_minutely_sweep_enqueues_a_dispatch_only_for_tenants_with_a_message_due()
    {
        var due = await Fixtures.NewTenantAsync();
        var waiting = await Fixtures.NewTenantAsync();
        var empty = await Fixtures.NewTenantAsync();
        await Outbox.AddAsync(due, 1);
        await Outbox.AddAsync(waiting, 1);
        var now = DateTimeOffset.UtcNow.AddSeconds(5);
        await Outbox.DispatchAsync(waiting, new RecordingSender { FailWith = "timeout" }, now);
        var jobs = new CapturingJobClient();
        using var scope = TestEnvironment.App.Services.CreateScope();
        var sweep = ActivatorUtilities.CreateInstance<EmailDispatchSweep>(scope.ServiceProvider, jobs, new FixedClock(now.AddSeconds(5)));

        await sweep.RunAsync(CancellationToken.None);

        var tenants = jobs.Jobs.Select(j => (int)j.Args[0]).ToList();
        Assert.That(jobs.Jobs.Select(j => j.Type), Has.All.EqualTo(typeof(EmailDispatchJob)));
        Assert.That(tenants, Has.One.EqualTo(due.Id));
        Assert.That(tenants, Has.None.EqualTo(waiting.Id), "its retry is not due for a minute");
        Assert.That(tenants, Has.None.EqualTo(empty.Id));
    }

    [Test]
    public void The_recurring_jobs_are_registered_daily_at_six_and_every_minute_in_utc()
    {
        var recurring = new CapturingRecurringJobs();

        RecurringJobs.Register(recurring);

        Assert.That(recurring.Jobs.Keys, Is.EquivalentTo(new[] { "reminders", "email-dispatch" }));
        Assert.That(recurring.Jobs["reminders"].Cron, Is.EqualTo("0 6 * * *"));
        Assert.That(recurring.Jobs["reminders"].Job.Type, Is.EqualTo(typeof(ReminderScheduler)));
        Assert.That(recurring.Jobs["email-dispatch"].Cron, Is.EqualTo("* * * * *"));
        Assert.That(recurring.Jobs["email-dispatch"].Job.Type, Is.EqualTo(typeof(EmailDispatchSweep)));
        Assert.That(recurring.Jobs.Values.Select(j => j.Options.TimeZone), Has.All.EqualTo(TimeZoneInfo.Utc));
    }

    [Test]
    public void The_job_classes_are_built_by_the_container()
    {
        using var scope = TestEnvironment.App.Services.CreateScope();

        Assert.That(scope.ServiceProvider.GetRequiredService<ReminderScheduler>(), Is.Not.Null);
        Assert.That(scope.ServiceProvider.GetRequiredService<EmailDispatchSweep>(), Is.Not.Null);
        Assert.That(scope.ServiceProvider.GetRequiredService<EmailDispatchJob>(), Is.Not.Null);
    }

    [Test]
    public async Task A_reminders_job_goes_through_real_hangfire_with_its_day()
    {
        var tenant = await Fixtures.NewTenantAsync();
        var day = new DateOnly(2030, 6, 3);
        var member = await Scenario.PersonAsync(tenant, Roles.FocalPoint, await Scenario.InstitutionAsync(tenant, "Ministry of Culture"));
        await Scenario.MeetingAsync(tenant, "Minorities", new DateTimeOffset(day.AddDays(2).ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero), member);

        var id = TestEnvironment.App.Services.GetRequiredService<IBackgroundJobClient>()
            .Enqueue<TenantRemindersJob>(job => job.RunAsync(tenant.Id, day, CancellationToken.None));
        await WaitForSuccessAsync(id);

        Assert.That((await Scenario.MessagesToAsync(tenant, member)).Select(m => m.Kind), Is.EqualTo(new[] { EmailKinds.Meeting }));
    }

    private static async Task WaitForSuccessAsync(string jobId)
    {
        var monitor = JobStorage.Current.GetMonitoringApi();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            var state = monitor.JobDetails(jobId)?.History.FirstOrDefault();
            if (state?.StateName == SucceededState.StateName)
            {
                return;
            }

            if (state?.StateName == FailedState.StateName)
            {
                Assert.Fail($"Job {jobId} failed: {(state.Data.TryGetValue("ExceptionMessage", out var message) ? message : "unknown")}");
            }

            await Task.Delay(100);
        }

        Assert.Fail($"Job {jobId} did not succeed in time.");
    }
}
