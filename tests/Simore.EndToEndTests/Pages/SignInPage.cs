using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Simore.Core.Identity;
using static Microsoft.Playwright.Assertions;

namespace Simore.EndToEndTests.Pages;

/// <summary>The real sign-in form, and the authenticator step when the account has a second factor.</summary>
public static partial class SignInPage
{
    public static async Task SignInAsync(this Persona persona, Person person, string? returnUrl = null)
    {
        var page = persona.Page;
        await persona.GoAsync("/account/login" + (returnUrl is null ? string.Empty : "?returnUrl=" + Uri.EscapeDataString(returnUrl)));
        await page.Locator("#Email").FillAsync(person.Email);
        await page.Locator("#Password").FillAsync(person.Password);
        await page.Locator("main form button[type=submit]").ClickAsync();
        if (person.TotpKey is not null)
        {
            await Expect(page).ToHaveURLAsync(SecondFactor());
            await page.Locator("#Code").FillAsync(Totp.Code(person.TotpKey, DateTimeOffset.UtcNow));
            await page.Locator("main form button[type=submit]").ClickAsync();
        }

        await Expect(page).Not.ToHaveURLAsync(LoginPages());
        await Expect(page.Locator("form[action='/account/logout']")).ToHaveCountAsync(1);
    }

    [GeneratedRegex("/account/login-2fa")]
    private static partial Regex SecondFactor();

    [GeneratedRegex("/account/login")]
    private static partial Regex LoginPages();
}
