using Hangfire;
using Hangfire.AspNetCore;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Simore.IntegrationTests;

/// <summary>
/// Another process of the same installation: the shared host with other settings. Hangfire keeps its
/// storage, logger and job activator in statics, which a second host points at its own; once that
/// host is disposed, its logger is too, and every job the shared host enqueues afterwards fails.
/// Disposing this gives the statics back to the shared host.
/// </summary>
public sealed class SecondHost(Action<IWebHostBuilder> configure) : IDisposable, IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> _factory = TestEnvironment.App.WithWebHostBuilder(configure);

    public IServiceProvider Services => _factory.Services;

    public HttpClient CreateClient() => _factory.CreateClient();

    public HttpClient CreateClient(WebApplicationFactoryClientOptions options) => _factory.CreateClient(options);

    public Browser CreateBrowser() => SimoreWebFactory.BrowserOf(_factory);

    public void Dispose()
    {
        _factory.Dispose();
        RestoreSharedHost();
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        RestoreSharedHost();
    }

    private static void RestoreSharedHost()
    {
        var services = TestEnvironment.App.Services;
        JobStorage.Current = services.GetRequiredService<JobStorage>();
        GlobalConfiguration.Configuration
            .UseLogProvider(new AspNetCoreLogProvider(services.GetRequiredService<ILoggerFactory>()))
            .UseActivator(services.GetRequiredService<JobActivator>());
    }
}
