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
        builder.UseSetting("Storage:Path", StoragePath);
        builder.ConfigureLogging(logging => logging.AddProvider(new TestLoggerProvider()));
    }

    /// <summary>Uploaded evidence of the whole run, in a folder of its own.</summary>
    public static string StoragePath { get; } = Path.Combine(Path.GetTempPath(), "simore-test-files-" + Guid.NewGuid().ToString("N")[..8]);

    /// <summary>A browser-like client: keeps cookies, does not follow redirects (tests look at them).</summary>
    public Browser CreateBrowser() =>
        new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
}
