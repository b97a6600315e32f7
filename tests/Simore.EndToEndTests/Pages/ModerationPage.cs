using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Simore.EndToEndTests.Pages;

/// <summary>The administrator's moderation queue of comments and independent assessments.</summary>
public sealed class ModerationPage(Persona persona, string tenant)
{
    private IPage Page => persona.Page;

    public ILocator Items => Page.Locator("main ol > li article");

    public async Task OpenAsync() => await persona.GoAsync($"/{tenant}/moderation");

    public async Task ApproveAsync(string text)
    {
        var item = Items.Filter(new() { HasText = text });
        await Expect(item).ToHaveCountAsync(1);
        await item.Locator("form[action$='/approve'] button[type=submit]").ClickAsync();
        await Messages.ExpectConfirmationAsync(Page);
        await Expect(Items.Filter(new() { HasText = text })).ToHaveCountAsync(0);
    }
}
