using System.Net;
using Microsoft.EntityFrameworkCore;
using Simore.Core.Identity;

namespace Simore.IntegrationTests.Notifications;

/// <summary>The person's own choices, through real HTTP and the antiforgery round trip.</summary>
public sealed class PreferencesPageTests
{
    [Test]
    public async Task A_signed_in_person_saves_digest_frequency_reminders_and_language()
    {
        var tenant = await Fixtures.NewTenantAsync();
        var user = await Fixtures.NewUserAsync(tenant, Roles.FocalPoint);
        using var browser = await Fixtures.SignInAsync(user);

        var page = await browser.GetAsync("/account/preferences");
        var saved = await browser.SubmitAsync(page, new Dictionary<string, string>
        {
            ["DigestFrequency"] = "Daily",
            ["Reminders"] = "false",
            ["Language"] = "fr",
        }, "/account/preferences");
        var shown = await browser.FollowAsync(saved);

        var stored = await Fixtures.InTenantAsync(tenant, (_, db) => db.Users.AsNoTracking().SingleAsync(u => u.Id == user.Id));
        Assert.Multiple(() =>
        {
            Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(page.Document.QuerySelector("input[name=DigestFrequency][value=Weekly]")!.HasAttribute("checked"), Is.True, "weekly by default");
            Assert.That(page.Document.QuerySelector("a[href='/account/two-factor']"), Is.Not.Null);
            Assert.That(saved.Status, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(saved.Location, Is.EqualTo("/account/preferences"));
            Assert.That(shown.Text, Does.Contain("Your preferences were saved."));
            Assert.That(shown.Document.QuerySelector("input[name=DigestFrequency][value=Daily]")!.HasAttribute("checked"), Is.True);
            Assert.That(shown.Document.QuerySelector("input[name=Reminders][type=checkbox]")!.HasAttribute("checked"), Is.False);
            Assert.That(shown.Document.QuerySelector("#Language option[value=fr]")!.HasAttribute("selected"), Is.True);
            Assert.That((stored.DigestFrequency, stored.OptionalRemindersOff, stored.PreferredLanguage), Is.EqualTo((DigestFrequency.Daily, true, "fr")));
        });
    }

    [Test]
    public async Task Ticking_reminders_back_on_and_choosing_never_are_saved_too()
    {
        var tenant = await Fixtures.NewTenantAsync();
        var person = await Scenario.PersonAsync(tenant, Roles.Drafter, remindersOff: true);
        using var browser = await Fixtures.SignInAsync(person);

        var page = await browser.GetAsync("/account/preferences");
        await browser.SubmitAsync(page, new Dictionary<string, string> { ["DigestFrequency"] = "Never", ["Reminders"] = "true" }, "/account/preferences");

        var stored = await Fixtures.InTenantAsync(tenant, (_, db) => db.Users.AsNoTracking().SingleAsync(u => u.Id == person.Id));
        Assert.That((stored.DigestFrequency, stored.OptionalRemindersOff, stored.PreferredLanguage), Is.EqualTo((DigestFrequency.Never, false, "en")));
    }

    [Test]
    public async Task An_unknown_language_is_refused_and_nothing_is_saved()
    {
        var tenant = await Fixtures.NewTenantAsync();
        var user = await Fixtures.NewUserAsync(tenant, Roles.Validator);
        using var browser = await Fixtures.SignInAsync(user);

        var page = await browser.GetAsync("/account/preferences");
        var refused = await browser.SubmitAsync(page, new Dictionary<string, string> { ["Language"] = "de", ["DigestFrequency"] = "Daily" }, "/account/preferences");

        var stored = await Fixtures.InTenantAsync(tenant, (_, db) => db.Users.AsNoTracking().SingleAsync(u => u.Id == user.Id));
        Assert.That(refused.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(refused.Text, Does.Contain("Choose one of the six languages."));
        Assert.That((stored.DigestFrequency, stored.PreferredLanguage), Is.EqualTo((DigestFrequency.Weekly, "en")));
    }

    [Test]
    public async Task The_page_needs_a_signed_in_person_and_a_post_needs_the_antiforgery_token()
    {
        var tenant = await Fixtures.NewTenantAsync();
        var user = await Fixtures.NewUserAsync(tenant, Roles.CivilSociety);
        using var anonymous = TestEnvironment.App.CreateBrowser();
        using var browser = await Fixtures.SignInAsync(user);

        var asAnonymous = await anonymous.GetAsync("/account/preferences");
        var forged = await browser.Client.PostAsync("/account/preferences", new FormUrlEncodedContent(new Dictionary<string, string> { ["DigestFrequency"] = "Never" }));

        var stored = await Fixtures.InTenantAsync(tenant, (_, db) => db.Users.AsNoTracking().SingleAsync(u => u.Id == user.Id));
        Assert.That(asAnonymous.Status, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(asAnonymous.Location, Does.Contain("/account/login"));
        Assert.That(forged.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(stored.DigestFrequency, Is.EqualTo(DigestFrequency.Weekly));
    }
}
