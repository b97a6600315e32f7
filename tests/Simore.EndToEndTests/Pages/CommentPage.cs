using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Simore.EndToEndTests.Pages;

/// <summary>The comment form of a recommendation, reached from its public page.</summary>
public sealed class CommentPage(Persona persona)
{
    private IPage Page => persona.Page;

    public async Task OpenFromRecommendationAsync()
    {
        await Page.Locator("main nav a[href$='/comment']").ClickAsync();
        await Expect(Page.Locator("#Text")).ToBeVisibleAsync();
    }

    public async Task SendAsync(string text)
    {
        await Page.Locator("#Text").FillAsync(text);
        await Page.Locator("form[action$='/comment'] button[type=submit]").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/my-contributions$"));
        await Messages.ExpectConfirmationAsync(Page);
        await Expect(Page.Locator("main", new() { HasText = text })).ToHaveCountAsync(1);
    }
}
