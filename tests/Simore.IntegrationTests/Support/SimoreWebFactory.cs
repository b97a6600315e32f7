using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;
using Simore.Testing;

namespace Simore.IntegrationTests;

/// <summary>The real app on the test database, with fast job polling.</summary>
public sealed class SimoreWebFactory(TestDatabase database) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Simore", database.AppConnectionString);
        builder.UseSetting("ConnectionStrings:Migrations", database.OwnerConnectionString);
        builder.UseSetting("Jobs:PollIntervalSeconds", "0.2");
        builder.UseSetting("Jobs:WorkerCount", "2");

        // A job whose worker stopped in the middle comes back in seconds, not in production's five minutes.
        builder.UseSetting("Jobs:InvisibilityTimeoutSeconds", "5");
        builder.UseSetting("Storage:Path", StoragePath);
        builder.ConfigureLogging(logging => logging.AddProvider(new TestLoggerProvider()));
    }

    /// <summary>Uploaded evidence of the whole run, in a folder of its own.</summary>
    public static string StoragePath { get; } = Path.Combine(Path.GetTempPath(), "simore-test-files-" + Guid.NewGuid().ToString("N")[..8]);

    /// <summary>
    /// A browser-like client: keeps cookies, does not follow redirects (tests look at them), and comes
    /// from a client address of its own (as forwarded by the proxy), so that per-address rate limits
    /// count each browser apart, as they would count separate people.
    /// </summary>
    public Browser CreateBrowser() => BrowserOf(this);

    /// <summary>A browser-like client of <paramref name="host"/>, this host or another made from it.</summary>
    public static Browser BrowserOf(WebApplicationFactory<Program> host)
    {
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.Add("X-Forwarded-For", NewAddress());
        return new Browser(client);
    }

    /// <summary>A private address nobody else in the run is likely to get.</summary>
    public static string NewAddress() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"10.{Random.Shared.Next(0, 256)}.{Random.Shared.Next(0, 256)}.{Random.Shared.Next(1, 255)}");
}
