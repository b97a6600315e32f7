using System.Globalization;
using Hangfire;
using Hangfire.Common;
using Hangfire.States;

namespace Simore.IntegrationTests.Notifications;

/// <summary>Keeps the jobs a scheduler enqueues instead of running them: the schedulers look at every tenant of the test database.</summary>
internal sealed class CapturingJobClient : IBackgroundJobClient
{
    public List<Job> Jobs { get; } = [];

    public string Create(Job job, IState state)
    {
        Jobs.Add(job);
        return Jobs.Count.ToString(CultureInfo.InvariantCulture);
    }

    public bool ChangeState(string jobId, IState state, string expectedState) => true;
}

internal sealed class CapturingRecurringJobs : IRecurringJobManager
{
    public Dictionary<string, (Job Job, string Cron, RecurringJobOptions Options)> Jobs { get; } = [];

    public void AddOrUpdate(string recurringJobId, Job job, string cronExpression, RecurringJobOptions options) =>
        Jobs[recurringJobId] = (job, cronExpression, options);

    public void Trigger(string recurringJobId)
    {
    }

    public void RemoveIfExists(string recurringJobId)
    {
    }
}
