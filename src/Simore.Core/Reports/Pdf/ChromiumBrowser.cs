using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace Simore.Core.Reports.Pdf;

/// <summary>
/// One headless Chromium per process, started on first use and started again if it goes away;
/// at most <see cref="PdfOptions.MaxConcurrentRenders"/> pages print at a time. See ADR 0004.
/// </summary>
public sealed class ChromiumBrowser(IOptions<PdfOptions> options, ILogger<ChromiumBrowser> logger) : IAsyncDisposable
{
    private readonly PdfOptions _options = options.Value;
    private readonly SemaphoreSlim _launch = new(1, 1);
    private readonly SemaphoreSlim _renders = new(Math.Max(1, options.Value.MaxConcurrentRenders));
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private bool _disposing;

    public TimeSpan RenderTimeout => TimeSpan.FromSeconds(_options.RenderTimeoutSeconds);

    /// <summary>Runs <paramref name="work"/> with a fresh page of the shared browser, waiting for a free render slot.</summary>
    public async Task<T> WithPageAsync<T>(Func<IPage, Task<T>> work, CancellationToken cancellationToken)
    {
        await _renders.WaitAsync(cancellationToken);
        try
        {
            var browser = await BrowserAsync(cancellationToken);
            IBrowserContext context;
            try
            {
                context = await browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false, Offline = true });
            }
            catch (PlaywrightException e)
            {
                throw new PdfRendererUnavailableException("The browser did not open a page: " + e.Message, e);
            }

            try
            {
                var page = await context.NewPageAsync();
                page.SetDefaultTimeout((float)RenderTimeout.TotalMilliseconds);
                return await work(page);
            }
            finally
            {
                await context.CloseAsync();
            }
        }
        finally
        {
            _renders.Release();
        }
    }

    private async Task<IBrowser> BrowserAsync(CancellationToken cancellationToken)
    {
        if (_browser is { IsConnected: true } running)
        {
            return running;
        }

        await _launch.WaitAsync(cancellationToken);
        try
        {
            if (_browser is { IsConnected: true } started)
            {
                return started;
            }

            if (!File.Exists(_options.ChromiumPath))
            {
                throw new PdfRendererUnavailableException($"Chromium is not installed at {_options.ChromiumPath} (set Pdf:ChromiumPath).");
            }

            _playwright ??= await Playwright.CreateAsync();
            try
            {
                _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
                {
                    ExecutablePath = _options.ChromiumPath,
                    Headless = true,

                    // Containers run Chromium without a user namespace sandbox; the pages are our own HTML, scripts off, offline.
                    Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--font-render-hinting=none"],
                });
            }
            catch (PlaywrightException e)
            {
                throw new PdfRendererUnavailableException("Chromium did not start: " + e.Message, e);
            }

            _browser.Disconnected += (_, _) =>
            {
                if (!_disposing)
                {
                    logger.LogWarning("The PDF renderer's browser went away; it starts again on the next render");
                }
            };
            logger.LogInformation("PDF renderer started Chromium {Version} from {Path}", _browser.Version, _options.ChromiumPath);
            return _browser;
        }
        finally
        {
            _launch.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _disposing = true;
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        _launch.Dispose();
        _renders.Dispose();
    }
}
