using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Simore.EndToEndTests.Pages;

/// <summary>A civil-society participant's registration, e-mail confirmation and first sign-in.</summary>
public sealed partial class RegistrationPages(Persona persona, string tenant)
{
    private IPage Page => persona.Page;

    /// <summary>Fills the registration form; the app answers with the "check your e-mail" page.</summary>
    public async Task RegisterAsync(Person person, string organisation)
    {
        await Expect(Page).ToHaveURLAsync(RegisterUrl());
        await Page.Locator("#Email").FillAsync(person.Email);
        await Page.Locator("#DisplayName").FillAsync(person.Name);
        await Page.Locator("#Organisation").FillAsync(organisation);
        await Page.Locator("#Password").FillAsync(person.Password);
        await Page.Locator("#ConfirmPassword").FillAsync(person.Password);
        await Page.Locator("#Consent").CheckAsync();
        await Page.Locator($"form[action='/{tenant}/register'] button[type=submit]").ClickAsync();
        await Expect(Page).ToHaveURLAsync(SentUrl());
    }

    /// <summary>Opens the link of the confirmation e-mail, then signs in from the page it leads to.</summary>
    public async Task ConfirmAndSignInAsync(string confirmationLink, Person person)
    {
        await persona.GoAsync(confirmationLink);
        await Expect(Page.Locator("main [role=status]")).ToBeVisibleAsync();
        await Page.Locator("main a[href*='/account/login']").ClickAsync();
        await Page.Locator("#Email").FillAsync(person.Email);
        await Page.Locator("#Password").FillAsync(person.Password);
        await Page.Locator("main form button[type=submit]").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex($"/{tenant}/recommendations$"));
        await Expect(Page.Locator("form[action='/account/logout']")).ToHaveCountAsync(1);
    }

    [GeneratedRegex("/register$")]
    private static partial Regex RegisterUrl();

    [GeneratedRegex("/register/sent$")]
    private static partial Regex SentUrl();
}
