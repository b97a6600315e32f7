using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Simore.Core.Reports;
using static Microsoft.Playwright.Assertions;

namespace Simore.EndToEndTests.Pages;

/// <summary>The report drafts page and a draft's details page: ask for a draft, follow it until the file is ready, download it.</summary>
public sealed partial class ReportsPage(Persona persona, string tenant)
{
    /// <summary>A ceiling for the background job (Chromium prints the PDF), not a measurement.</summary>
    private const float JobCeiling = 180_000;

    private IPage Page => persona.Page;

    public async Task OpenAsync() => await persona.GoAsync($"/{tenant}/reports");

    /// <summary>The download link the details page shows once the draft is made.</summary>
    public ILocator DownloadLink => Page.Locator("#state-heading ~ p a[href$='/download']");

    /// <summary>
    /// Asks for a draft from the form, waits on its page until the status says it is ready, and
    /// downloads the file it names.
    /// </summary>
    public async Task<DownloadedFile> DraftAsync(ReportKind kind, ReportFormat format, string language)
    {
        await OpenAsync();
        await Page.Locator($"#kind-{kind}").CheckAsync();
        await Page.Locator("#Format").SelectOptionAsync(format.ToString());
        await Page.Locator("#Language").SelectOptionAsync(language);
        await Page.Locator("#report-form button[type=submit]:not([formaction])").ClickAsync();
        await Expect(Page).ToHaveURLAsync(DetailsUrl());

        // The page polls the draft's status and reloads itself when the job is done; nothing here reloads it.
        await Expect(DownloadLink).ToBeVisibleAsync(new() { Timeout = JobCeiling });
        var state = Page.Locator("#state-heading + p");
        await Expect(state).ToContainTextAsync(UiText.In(persona.Language, "Ready"));
        var download = await Page.RunAndWaitForDownloadAsync(() => DownloadLink.ClickAsync());
        var path = await download.PathAsync();
        await Expect(state.Locator("span[dir=ltr]")).ToHaveTextAsync(download.SuggestedFilename);
        return new DownloadedFile(download.SuggestedFilename, await File.ReadAllBytesAsync(path));
    }

    [GeneratedRegex(@"/reports/\d+$")]
    private static partial Regex DetailsUrl();
}

/// <summary>A file the browser downloaded: the name the app gave it and its bytes.</summary>
public sealed record DownloadedFile(string Name, byte[] Content);
