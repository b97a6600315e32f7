using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Simore.EndToEndTests.Pages;

/// <summary>The confirmation and error banners every workspace page shows after a form (Shared/_Messages).</summary>
public static class Messages
{
    public static async Task ExpectConfirmationAsync(IPage page)
    {
        await Expect(page.Locator("main .alert-danger")).ToHaveCountAsync(0);
        await Expect(page.Locator("main .alert-success[role=status]")).ToBeVisibleAsync();
    }
}
