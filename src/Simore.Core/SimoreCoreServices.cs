using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Simore.Core.Data;
using Simore.Core.Demo;
using Simore.Core.Identity;
using Simore.Core.Importing.Ohchr;
using Simore.Core.Tenancy;

namespace Simore.Core;

public static class SimoreCoreServices
{
    /// <summary>Data, tenancy and domain services shared by the web app, the worker and the command line.</summary>
    public static IServiceCollection AddSimoreCore(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("Simore");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                "No database connection: set ConnectionStrings:Simore (environment variable ConnectionStrings__Simore).");
        }

        var options = new DatabaseOptions
        {
            ConnectionString = SimoreDatabase.Normalize(connectionString),
            MigrationsConnectionString = configuration.GetConnectionString("Migrations") is { Length: > 0 } owner
                ? SimoreDatabase.Normalize(owner)
                : null,
            MigrateOnStartup = configuration.GetValue<bool>("Database:MigrateOnStartup"),
        };
        services.AddSingleton(options);
        services.AddSingleton(TimeProvider.System);
        services.AddMemoryCache();
        services.AddLocalization();

        services.AddScoped<ITenantContext, TenantContext>();
        services.AddScoped<TenantConnectionInterceptor>();
        services.AddDbContext<SimoreDbContext>((provider, builder) =>
        {
            SimoreDatabase.Configure(builder, options.ConnectionString);
            builder.AddInterceptors(provider.GetRequiredService<TenantConnectionInterceptor>());
        });

        // Keys in PostgreSQL: every web, worker and command-line process reads the same cookies and tokens.
        services.AddDataProtection()
            .SetApplicationName("simore")
            .PersistKeysToDbContext<SimoreDbContext>();

        services.AddScoped<TenantStore>();
        services.AddScoped<TenantService>();
        services.AddScoped<MembershipService>();
        services.AddScoped<OhchrListLoader>();
        services.AddSingleton<DatabaseMigrator>();
        services.AddSingleton<DemoSeeder>();
        return services;
    }
}
