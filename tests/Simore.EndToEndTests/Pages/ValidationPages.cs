using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Simore.EndToEndTests.Pages;

/// <summary>The validator's list of submitted entries and the entry page with its decision.</summary>
public sealed class ValidationPages(Persona persona, string tenant)
{
    private IPage Page => persona.Page;

    public async Task OpenAsync() => await persona.GoAsync($"/{tenant}/validation");

    public ILocator Entries => Page.Locator("main a[href*='/validation/entries/']");

    /// <summary>Validates the entry; the list keeps it, labelled with its new status in the reader's language.</summary>
    public async Task ValidateAsync(long entry)
    {
        await Page.Locator($"main a[href$='/validation/entries/{entry}']").ClickAsync();
        await Page.Locator("form[action$='/validate'] button[type=submit]").ClickAsync();
        await Messages.ExpectConfirmationAsync(Page);
        var item = Page.Locator("main li").Filter(new() { Has = Page.Locator($"a[href$='/validation/entries/{entry}']") });
        await Expect(item.Locator(".badge")).ToHaveTextAsync(UiText.In(persona.Language, "Validated"));
    }
}
