using Hangfire;
using Hangfire.PostgreSql;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Simore.Core.Data;

namespace Simore.Core.Jobs;

/// <summary>
/// Hangfire's storage on the same PostgreSQL database, in its own schema created by `simore migrate`.
/// Every process can enqueue; only processes that run a Hangfire server execute jobs.
/// </summary>
public static class JobStorageSetup
{
    public static IServiceCollection AddSimoreJobStorage(this IServiceCollection services, IConfiguration configuration)
    {
        var pollInterval = PollInterval(configuration);
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
                    QueuePollInterval = pollInterval,
                    DistributedLockTimeout = TimeSpan.FromMinutes(1),

                    // A job whose worker died (killed, out of memory, machine lost) goes back to the queue after
                    // this long; the worker running a job keeps renewing it, so a long job is never taken twice.
                    InvisibilityTimeout = InvisibilityTimeout(configuration),
                    UseSlidingInvisibilityTimeout = true,
                }));
        return services;
    }

    public static TimeSpan InvisibilityTimeout(IConfiguration configuration) =>
        TimeSpan.FromSeconds(configuration.GetValue("Jobs:InvisibilityTimeoutSeconds", 300.0));

    public static TimeSpan PollInterval(IConfiguration configuration) =>
        TimeSpan.FromSeconds(configuration.GetValue("Jobs:PollIntervalSeconds", 5.0));
}
