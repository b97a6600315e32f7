using System.Globalization;
using Microsoft.Playwright;

namespace Simore.EndToEndTests;

/// <summary>
/// One person at one browser: a context of their own (cookies, language, client address) and the tab
/// they work in. Each persona sends its own X-Forwarded-For, as people behind the proxy do, so the
/// per-address limits of one test never count another's requests.
/// </summary>
public sealed class Persona(string name, string language, IBrowserContext context, IPage page) : IAsyncDisposable
{
    public string Name { get; } = name;

    /// <summary>The language the person reads: the browser's preferred language.</summary>
    public string Language { get; } = language;

    public IBrowserContext Context { get; } = context;

    public IPage Page { get; } = page;

    /// <summary>A new browser context; <paramref name="storageState"/> (cookies saved after a sign-in) makes it signed in already.</summary>
    public static async Task<Persona> OpenAsync(string name, string language, string? storageState = null)
    {
        var context = await E2EEnvironment.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            StorageState = storageState,
            BaseURL = E2EEnvironment.App.Address,
            Locale = language,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            ExtraHTTPHeaders = new Dictionary<string, string> { ["X-Forwarded-For"] = NewAddress() },
        });
        var page = await context.NewPageAsync();
        return new Persona(name, language, context, page);
    }

    /// <summary>Opens a path of the app and checks that it answered with a page, not an error.</summary>
    public async Task<IResponse> GoAsync(string path)
    {
        var response = await Page.GotoAsync(path) ?? throw new AssertionException($"No answer for {path}.");
        Assert.That(response.Status, Is.EqualTo(200), $"{Name} opened {path}: {response.Status} {response.StatusText}");
        return response;
    }

    public async ValueTask DisposeAsync() => await Context.CloseAsync();

    private static string NewAddress() =>
        string.Create(CultureInfo.InvariantCulture, $"10.{Random.Shared.Next(0, 256)}.{Random.Shared.Next(0, 256)}.{Random.Shared.Next(1, 255)}");
}
