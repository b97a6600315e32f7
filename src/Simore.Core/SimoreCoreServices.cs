using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Simore.Core.Auditing;
using Simore.Core.Data;
using Simore.Core.Demo;
using Simore.Core.FollowUp;
using Simore.Core.Network;
using Simore.Core.Notifications;
using Simore.Core.Identity;
using Simore.Core.Importing;
using Simore.Core.Jobs;
using Simore.Core.Importing.Ohchr;
using Simore.Core.Registry;
using Simore.Core.Registry.Curation;
using Simore.Core.Registry.Similarity;
using Simore.Core.Reports;
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
            PortalReadOnlyConnectionString = configuration.GetConnectionString("PortalReadOnly") is { Length: > 0 } replica
                ? SimoreDatabase.Normalize(replica)
                : null,
            MigrateOnStartup = configuration.GetValue<bool>("Database:MigrateOnStartup"),
        };
        services.AddSingleton(options);
        services.AddSingleton(TimeProvider.System);
        services.AddMemoryCache();
        services.AddLocalization();

        services.AddScoped<ITenantContext, TenantContext>();
        services.TryAddScoped<ICurrentUser>(_ => new SystemUser());
        services.AddScoped<TenantConnectionInterceptor>();
        services.AddDbContext<SimoreDbContext>((provider, builder) =>
        {
            SimoreDatabase.Configure(builder, options.ConnectionString);
            builder.AddInterceptors(provider.GetRequiredService<TenantConnectionInterceptor>());

            // The hosts' own (the web app drops cached public pages when a tenant's data change).
            builder.AddInterceptors(provider.GetServices<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>());
        });

        // Keys in PostgreSQL: every web, worker and command-line process reads the same cookies and tokens.
        services.AddDataProtection()
            .SetApplicationName("simore")
            .PersistKeysToDbContext<SimoreDbContext>()
            .ProtectKeysWithConfiguredCertificate(configuration);

        services.AddSimoreJobStorage(configuration);
        services.AddScoped<TenantStore>();
        services.AddScoped<TenantService>();
        services.AddScoped<MembershipService>();
        services.AddScoped<ImportPlanner>();
        services.AddScoped<ImportService>();
        services.AddSingleton<ReaderCatalog>();
        services.AddSingleton<IRecommendationReader>(new OhchrDocxReader(IsStateName));
        services.AddSingleton<IRecommendationReader>(new Importing.Uhri.UhriXlsxReader());
        services.AddSingleton<IRecommendationReader>(new Importing.Uhri.UhriJsonReader());
        services.AddSingleton<IRecommendationReader>(new Importing.UprInfo.UprInfoCsvReader());
        services.AddSingleton<IRecommendationReader>(new Importing.Sheet.GenericSheetReader(IsStateName));
        services.AddScoped<SimilarityService>();
        services.AddScoped<TagSuggester>();
        services.AddScoped<LinkProposalJob>();
        services.AddScoped<RecommendationCuration>();
        services.AddSingleton(configuration.GetSection("Simore:Portal").Get<Portal.PortalOptions>() ?? new Portal.PortalOptions());
        services.AddSingleton<Portal.PortalIndexCache>();
        services.AddScoped<Portal.PortalReadDatabase>();
        services.AddScoped<Portal.PortalReadDatabase.ReplicaContext>();
        services.AddScoped(provider => ActivatorUtilities.CreateInstance<Portal.PortalSearch>(provider, provider.GetRequiredService<Portal.PortalReadDatabase>().Context));
        services.AddScoped(provider => ActivatorUtilities.CreateInstance<Portal.PortalDashboard>(provider, provider.GetRequiredService<Portal.PortalReadDatabase>().Context));
        services.AddNetwork();
        services.AddNotifications(configuration);
        services.AddFollowUp(configuration);
        services.AddReports(configuration);
        services.AddSingleton<DatabaseMigrator>();
        services.AddSingleton<DemoSeeder>();
        return services;
    }

    private static bool IsStateName(string name) => CountryDirectory.Instance.Resolve(name) is not null;
}
