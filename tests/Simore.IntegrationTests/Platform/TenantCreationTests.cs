using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Simore.Core.Data;
using Simore.Core.Identity;

namespace Simore.IntegrationTests.Platform;

public sealed class TenantCreationTests
{
    [Test]
    public async Task The_platform_administrator_creates_a_State_that_is_served_at_once()
    {
        var platform = await Fixtures.NewUserAsync(null, Roles.PlatformAdministrator, twoFactor: true);
        using var browser = await Fixtures.SignInAsync(platform);
        var slug = "p" + Guid.NewGuid().ToString("N")[..8];

        var form = await browser.GetAsync("/platform/tenants/new");
        var result = await browser.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Name"] = "Paraguay",
            ["Slug"] = slug,
            ["CountryCode"] = "PRY",
            ["DefaultLanguage"] = "es",
            ["LastReviewDate"] = "2021-01-20",
            ["NextReviewDate"] = "2026-01-20",
        });
        var list = await browser.FollowAsync(result);
        var portal = await browser.GetAsync($"/{slug}");

        Assert.That(result.Location, Is.EqualTo("/platform/tenants"));
        Assert.That(list.Text, Does.Contain("Paraguay"));
        Assert.That(portal.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(portal.Document.DocumentElement.GetAttribute("lang"), Is.EqualTo("es"), "the State's default language");
    }

    [Test]
    public async Task An_invalid_form_re_renders_with_messages_and_creates_nothing()
    {
        var platform = await Fixtures.NewUserAsync(null, Roles.PlatformAdministrator, twoFactor: true);
        using var browser = await Fixtures.SignInAsync(platform);
        var before = await CountTenantsAsync();

        var form = await browser.GetAsync("/platform/tenants/new");
        var result = await browser.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Name"] = string.Empty,
            ["Slug"] = "Account",
            ["CountryCode"] = "XXX",
            ["LastReviewDate"] = "2025-01-01",
            ["NextReviewDate"] = "2020-01-01",
        });

        Assert.That(result.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(result.Text, Does.Contain("Enter the name of the State."));
        Assert.That(result.Text, Does.Contain("is not a reserved word"));
        Assert.That(result.Text, Does.Contain("Enter a three-letter ISO 3166 country code, such as SVN."));
        Assert.That(result.Text, Does.Contain("The next review comes after the latest one."));
        Assert.That(await CountTenantsAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task A_slug_in_use_is_refused()
    {
        var existing = await Fixtures.NewTenantAsync();
        var platform = await Fixtures.NewUserAsync(null, Roles.PlatformAdministrator, twoFactor: true);
        using var browser = await Fixtures.SignInAsync(platform);

        var result = await browser.SubmitAsync(await browser.GetAsync("/platform/tenants/new"), new Dictionary<string, string>
        {
            ["Name"] = "Copy",
            ["Slug"] = existing.Slug,
            ["CountryCode"] = "SVN",
        });

        Assert.That(result.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(result.Text, Does.Contain("Another State already uses this short name."));
    }

    private static async Task<int> CountTenantsAsync()
    {
        using var scope = TestEnvironment.App.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<SimoreDbContext>().Tenants.CountAsync();
    }
}
