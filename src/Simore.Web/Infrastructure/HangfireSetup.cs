using Hangfire;
using Hangfire.Dashboard;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Simore.Core.Identity;
using Simore.Core.Jobs;

namespace Simore.Web.Infrastructure;

public static class HangfireSetup
{
    /// <summary>The job server, in processes whose role includes jobs.</summary>
    public static IServiceCollection AddSimoreJobs(this IServiceCollection services, IConfiguration configuration, ProcessRole role)
    {
        if (role.RunsJobs)
        {
            services.AddHangfireServer(options =>
            {
                options.WorkerCount = configuration.GetValue("Jobs:WorkerCount", Math.Max(2, Environment.ProcessorCount));
                options.SchedulePollingInterval = JobStorageSetup.PollInterval(configuration);
                options.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}";
            });
            services.AddHealthChecks().Add(new HealthCheckRegistration(
                "chromium", _ => ChromiumHealthCheck.From(configuration), failureStatus: null, tags: ["ready"]));
        }

        return services;
    }
}

/// <summary>The dashboard is for platform administrators who signed in with a second factor.</summary>
public sealed class PlatformAdministratorDashboardFilter : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context)
    {
        var user = context.GetHttpContext().User;
        return user.Identity?.IsAuthenticated == true
            && user.IsInRole(Roles.PlatformAdministrator)
            && user.HasClaim(Policies.MultiFactorClaim, Policies.MultiFactorValue);
    }
}
