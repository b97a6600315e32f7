using Simore.Testing;

namespace Simore.IntegrationTests;

/// <summary>
/// One PostgreSQL database (built by the real migrations) and one web host for the whole run:
/// Hangfire keeps its storage in a static, so a second host would share it anyway. Tests isolate
/// themselves by working in tenants of their own, which is what the product promises to keep apart.
/// </summary>
[SetUpFixture]
public sealed class TestEnvironment
{
    private static PostgresServer? _server;
    private static TestDatabase? _database;
    private static SimoreWebFactory? _factory;

    public static PostgresServer Server => _server ?? throw new InvalidOperationException("The test server is not ready.");

    public static TestDatabase Database => _database ?? throw new InvalidOperationException("The test database is not ready.");

    public static SimoreWebFactory App => _factory ?? throw new InvalidOperationException("The test host is not ready.");

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _server = await PostgresServer.StartAsync();
        TestContext.Progress.WriteLine($"PostgreSQL for integration tests: {_server.Source}");
        _database = await TestDatabase.CreateAsync(_server, "simore_it");
        _factory = new SimoreWebFactory(_database);
        _ = _factory.Server;
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DropAsync();
        }

        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
