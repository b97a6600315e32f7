using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Simore.EndToEndTests.Pages;

/// <summary>The administrator's review of validated entries, where they are published.</summary>
public sealed class ReviewPages(Persona persona, string tenant)
{
    private IPage Page => persona.Page;

    public async Task OpenAsync() => await persona.GoAsync($"/{tenant}/admin/review");

    public async Task PublishAsync(long entry)
    {
        await Page.Locator($"main a[href$='/admin/review/entries/{entry}']").ClickAsync();
        await Expect(Page.Locator("#wording")).ToBeVisibleAsync();
        await Page.Locator("form[action$='/publish'] button[type=submit]").ClickAsync();
        await Messages.ExpectConfirmationAsync(Page);
        await Expect(Page.Locator($"main a[href$='/admin/review/entries/{entry}']")).ToHaveCountAsync(0);
    }
}
