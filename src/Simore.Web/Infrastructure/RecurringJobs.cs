using Hangfire;
using Simore.Core.Notifications;

namespace Simore.Web.Infrastructure;

/// <summary>
/// The schedule of recurring jobs, written to Hangfire's storage at start-up by the processes that
/// run jobs (AddOrUpdate: registering again only updates). Times are UTC.
/// </summary>
public static class RecurringJobs
{
    public const string Reminders = "reminders";

    public const string EmailDispatch = "email-dispatch";

    /// <summary>Every day at 06:00 UTC: digests and reminders are waiting when Europe's working day starts.</summary>
    public const string RemindersCron = "0 6 * * *";

    public const string EmailDispatchCron = "* * * * *";

    /// <summary>
    /// Registers the schedule unless Jobs:Recurring is false. It is off by default in the Testing
    /// environment: tests run the jobs themselves with explicit dates, and a sweep on the wall clock would race them.
    /// </summary>
    public static void UseSimoreRecurringJobs(this WebApplication app, ProcessRole role)
    {
        if (role.RunsJobs && app.Configuration.GetValue("Jobs:Recurring", !app.Environment.IsEnvironment("Testing")))
        {
            Register(app.Services.GetRequiredService<IRecurringJobManager>(), app.Configuration);
        }
    }

    /// <summary>The schedule; Jobs:RemindersCron and Jobs:EmailDispatchCron replace the default times (six fields count seconds).</summary>
    public static void Register(IRecurringJobManager jobs, IConfiguration? configuration = null)
    {
        var utc = new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc };
        jobs.AddOrUpdate<ReminderScheduler>(Reminders, scheduler => scheduler.RunAsync(CancellationToken.None), Cron(configuration, "Jobs:RemindersCron", RemindersCron), utc);
        jobs.AddOrUpdate<EmailDispatchSweep>(EmailDispatch, sweep => sweep.RunAsync(CancellationToken.None), Cron(configuration, "Jobs:EmailDispatchCron", EmailDispatchCron), utc);
    }

    private static string Cron(IConfiguration? configuration, string key, string standard) =>
        configuration?[key] is { Length: > 0 } cron ? cron : standard;
}
