using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Simore.Testing;

namespace Simore.EndToEndTests;

/// <summary>
/// The real app on real Kestrel at 127.0.0.1 (a free port), on the run's throwaway database, with
/// Hangfire polling fast. A browser reaches it as it would reach a deployment.
/// </summary>
public sealed class SimoreServer : WebApplicationFactory<Program>
{
    private readonly TestDatabase _database;

    public SimoreServer(TestDatabase database)
    {
        _database = database;
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>Uploaded evidence of the whole run, in a folder of its own.</summary>
    public string StoragePath { get; } = Path.Combine(Path.GetTempPath(), "simore-e2e-files-" + Guid.NewGuid().ToString("N")[..8]);

    /// <summary>Where the browser finds the app, e.g. http://127.0.0.1:41234 (no trailing slash).</summary>
    public string Address =>
        Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single().TrimEnd('/');

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Simore", _database.AppConnectionString);
        builder.UseSetting("ConnectionStrings:Migrations", _database.OwnerConnectionString);
        builder.UseSetting("Jobs:PollIntervalSeconds", "0.2");
        builder.UseSetting("Jobs:WorkerCount", "2");
        builder.UseSetting("Storage:Path", StoragePath);
        builder.ConfigureLogging(logging => logging.AddProvider(new TestLoggerProvider()));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(StoragePath))
        {
            Directory.Delete(StoragePath, recursive: true);
        }
    }
}
