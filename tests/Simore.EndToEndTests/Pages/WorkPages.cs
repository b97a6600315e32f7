using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Simore.EndToEndTests.Pages;

/// <summary>The focal point's work list and entry form: report what was done, attach evidence, submit.</summary>
public sealed partial class WorkPages(Persona persona, string tenant)
{
    private IPage Page => persona.Page;

    public async Task OpenAsync() => await persona.GoAsync($"/{tenant}/work");

    /// <summary>The rows of the work list: one per recommendation assigned to the focal point's institution.</summary>
    public ILocator Rows => Page.Locator("main form li");

    /// <summary>Opens a new entry for the recommendation whose reference ends with the paragraph number.</summary>
    public async Task StartEntryAsync(string paragraph)
    {
        var row = Rows.Filter(new() { Has = Page.Locator("label", new() { HasTextRegex = new Regex(Regex.Escape(" " + paragraph) + "$") }) });
        await row.Locator("a[href*='/work/entries/new']").ClickAsync();
        await Expect(Page.Locator("main textarea[name^='Texts[']").First).ToBeVisibleAsync();
    }

    /// <summary>Writes the entry in the tenant's main language (the first box) and saves it as a draft; returns its id.</summary>
    public async Task<long> SaveDraftAsync(string text, string proposedStatus)
    {
        await Page.Locator("main textarea[name^='Texts[']").First.FillAsync(text);
        await Page.Locator("#ProposedStatus").SelectOptionAsync(proposedStatus);
        await Page.Locator("form[action$='/work/entries/new'] button[type=submit]").ClickAsync();
        await Expect(Page).ToHaveURLAsync(EntryUrl());
        await Messages.ExpectConfirmationAsync(Page);
        return long.Parse(EntryUrl().Match(Page.Url).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task AttachAsync(string fileName, string mimeType, byte[] content, string title)
    {
        await Page.Locator("#ev-file").SetInputFilesAsync(new FilePayload { Name = fileName, MimeType = mimeType, Buffer = content });
        await Page.Locator("#ev-title").FillAsync(title);
        await Page.Locator("form[action$='/files'] button[type=submit]").ClickAsync();
        await Expect(Page.Locator("main .alert-danger")).ToHaveCountAsync(0);
        await Expect(Page.Locator("#evidence-heading + ul a", new() { HasText = title })).ToBeVisibleAsync();
    }

    public async Task SubmitForValidationAsync()
    {
        await Page.Locator("form[action$='/submit'] button[type=submit]").ClickAsync();
        await Messages.ExpectConfirmationAsync(Page);
        await Expect(Page.Locator("form[action$='/submit']")).ToHaveCountAsync(0);
    }

    [GeneratedRegex(@"/work/entries/(\d+)$")]
    private static partial Regex EntryUrl();
}
