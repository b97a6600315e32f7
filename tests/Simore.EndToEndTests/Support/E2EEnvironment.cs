using Microsoft.Playwright;
using Simore.Testing;

namespace Simore.EndToEndTests;

/// <summary>
/// One PostgreSQL database, one app on Kestrel and one headless Chromium for the whole run. Hangfire
/// keeps its storage in a static, so one job-running host per process is all there can be; tests keep
/// apart by working in tenants of their own, and each test gets browser contexts of its own.
/// </summary>
[SetUpFixture]
public sealed class E2EEnvironment
{
    /// <summary>Debian's chromium; Playwright is never asked to download a browser of its own.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    private static PostgresServer? _postgres;
    private static TestDatabase? _database;
    private static SimoreServer? _app;
    private static IPlaywright? _playwright;
    private static IBrowser? _browser;

    public static SimoreServer App => _app ?? throw new InvalidOperationException("The app is not started.");

    public static IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser is not started.");

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: install Debian's chromium package (apt-get install chromium), as .ci/run does.");
        }

        _postgres = await PostgresServer.StartAsync();
        _database = await TestDatabase.CreateAsync(_postgres, "simore_e2e");
        _app = new SimoreServer(_database);
        _app.StartServer();
        TestContext.Progress.WriteLine($"Simore for browser tests: {_app.Address} (PostgreSQL: {_postgres.Source})");

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-background-networking", "--disable-dev-shm-usage"],
        });
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DropAsync();
        }

        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }
    }
}
