using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Simore.Core;
using Simore.Core.Tenancy;
using Simore.Testing;

namespace Simore.Benchmarks;

/// <summary>A migrated throwaway database (or SIMORE_TEST_DB's server) and Simore's services over it.</summary>
internal sealed class BenchmarkHost : IAsyncDisposable
{
    private readonly PostgresServer _server;
    private readonly TestDatabase _database;

    private BenchmarkHost(PostgresServer server, TestDatabase database, ServiceProvider services)
    {
        _server = server;
        _database = database;
        Services = services;
    }

    public ServiceProvider Services { get; }

    /// <param name="configure">Services a scenario needs beyond the core ones (accounts for the demo seeder).</param>
    public static async Task<BenchmarkHost> StartAsync(Action<IServiceCollection>? configure = null)
    {
        var server = await PostgresServer.StartAsync();
        var database = await TestDatabase.CreateAsync(server, "simore_bench");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Simore"] = database.AppConnectionString,
            ["ConnectionStrings:Migrations"] = database.OwnerConnectionString,
        }).Build();
        var collection = new ServiceCollection().AddLogging().AddSimoreCore(configuration);
        configure?.Invoke(collection);
        var services = collection.BuildServiceProvider();
        return new BenchmarkHost(server, database, services);
    }

    public async Task<Tenant> TenantAsync(string name, string country)
    {
        using var scope = Services.CreateScope();
        var slug = "b" + Guid.NewGuid().ToString("N")[..10];
        var (tenant, _) = await scope.ServiceProvider.GetRequiredService<TenantService>().CreateAsync(new CreateTenant(slug, name, country, "en", ["en"]));
        return tenant;
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await _database.DropAsync();
        await _server.DisposeAsync();
    }
}
