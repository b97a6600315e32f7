using Hangfire;
using Hangfire.Dashboard;
using Hangfire.PostgreSql;
using Simore.Core.Data;
using Simore.Core.Identity;

namespace Simore.Web.Infrastructure;

/// <summary>Hangfire on the same PostgreSQL database, in its own schema created by `simore migrate`.</summary>
public static class HangfireSetup
{
    public static IServiceCollection AddSimoreJobs(this IServiceCollection services, IConfiguration configuration, ProcessRole role)
    {
        var pollInterval = configuration.GetValue("Jobs:PollIntervalSeconds", 5.0);
        services.AddHangfire((provider, config) => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UsePostgreSqlStorage(
                storage => storage.UseNpgsqlConnection(provider.GetRequiredService<DatabaseOptions>().ConnectionString),
                new PostgreSqlStorageOptions
                {
                    SchemaName = DatabaseMigrator.HangfireSchema,
                    PrepareSchemaIfNecessary = false,
                    QueuePollInterval = TimeSpan.FromSeconds(pollInterval),
                    DistributedLockTimeout = TimeSpan.FromMinutes(1),
                }));
        if (role.RunsJobs)
        {
            services.AddHangfireServer(options =>
            {
                options.WorkerCount = configuration.GetValue("Jobs:WorkerCount", Math.Max(2, Environment.ProcessorCount));
                options.SchedulePollingInterval = TimeSpan.FromSeconds(pollInterval);
                options.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}";
            });
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
