using System.Net;
using Simore.Core.Identity;

namespace Simore.IntegrationTests.Accounts;

public sealed class AuthorizationTests
{
    [Test]
    public async Task Anonymous_visitors_are_sent_to_sign_in_for_the_workspace()
    {
        var tenant = await Fixtures.NewTenantAsync();
        using var browser = TestEnvironment.App.CreateBrowser();

        var page = await browser.GetAsync($"/{tenant.Slug}/admin");

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(page.Location, Does.Contain("/account/login"));
    }

    [TestCase(Roles.FocalPoint)]
    [TestCase(Roles.Validator)]
    [TestCase(Roles.Drafter)]
    [TestCase(Roles.CivilSociety)]
    public async Task Other_roles_are_denied_the_administrators_workspace(string role)
    {
        var tenant = await Fixtures.NewTenantAsync();
        var user = await Fixtures.NewUserAsync(tenant, role);
        using var browser = await Fixtures.SignInAsync(user);

        var page = await browser.GetAsync($"/{tenant.Slug}/admin");
        var denied = await browser.FollowAsync(page);

        Assert.That(page.Location, Does.Contain("/account/denied"));
        Assert.That(denied.Status, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task An_administrator_without_a_second_factor_is_sent_to_set_one_up_and_then_gets_in()
    {
        var tenant = await Fixtures.NewTenantAsync();
        var admin = await Fixtures.NewUserAsync(tenant, Roles.Administrator, twoFactor: false);
        using var browser = await Fixtures.SignInAsync(admin);

        var first = await browser.GetAsync($"/{tenant.Slug}/admin");
        Assert.That(first.Location, Does.StartWith("/account/two-factor"));
        var setup = await browser.GetAsync(first.Location!);
        var key = setup.Document.QuerySelector("code")!.TextContent.Replace(" ", string.Empty, StringComparison.Ordinal);
        var wrong = await browser.SubmitAsync(setup, new Dictionary<string, string> { ["Code"] = "000000" });
        var confirmed = await browser.SubmitAsync(await browser.GetAsync(first.Location!), new Dictionary<string, string> { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        var workspace = await browser.FollowAsync(confirmed);

        Assert.That(wrong.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(wrong.Text, Does.Contain("The code is not correct or has expired."));
        Assert.That(confirmed.Location, Is.EqualTo($"/{tenant.Slug}/admin"));
        Assert.That(workspace.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(workspace.Text, Does.Contain("Waiting for you"));
    }

    [Test]
    public async Task An_administrator_with_a_second_factor_must_give_the_code_at_sign_in()
    {
        var tenant = await Fixtures.NewTenantAsync();
        var admin = await Fixtures.NewUserAsync(tenant, Roles.Administrator, twoFactor: true);
        using var browser = TestEnvironment.App.CreateBrowser();

        var afterPassword = await browser.SubmitAsync(await browser.GetAsync("/account/login"), new Dictionary<string, string> { ["Email"] = admin.Email, ["Password"] = admin.Password });
        var withoutCode = await browser.GetAsync($"/{tenant.Slug}/admin");

        Assert.That(afterPassword.Location, Does.Contain("/account/login-2fa"));
        Assert.That(withoutCode.Location, Does.Contain("/account/login"), "the password alone does not sign in");
    }

    [Test]
    public async Task A_role_in_one_tenant_gives_nothing_in_another()
    {
        var a = await Fixtures.NewTenantAsync();
        var b = await Fixtures.NewTenantAsync();
        var platformless = await Fixtures.NewUserAsync(a, Roles.Administrator, twoFactor: true);
        using var browser = await Fixtures.SignInAsync(platformless);

        var other = await browser.GetAsync($"/{b.Slug}/admin");
        var platform = await browser.GetAsync("/platform/tenants");

        Assert.That(other.Location, Does.Contain("/account/denied"));
        Assert.That(platform.Location, Does.Contain("/account/denied"));
    }

    [Test]
    public async Task The_jobs_dashboard_is_only_for_platform_administrators()
    {
        var tenant = await Fixtures.NewTenantAsync();
        var admin = await Fixtures.NewUserAsync(tenant, Roles.Administrator, twoFactor: true);
        var platform = await Fixtures.NewUserAsync(null, Roles.PlatformAdministrator, twoFactor: true);
        using var anonymous = TestEnvironment.App.CreateBrowser();
        using var tenantAdmin = await Fixtures.SignInAsync(admin);
        using var platformAdmin = await Fixtures.SignInAsync(platform);

        Assert.That((await anonymous.GetAsync("/hangfire")).Status, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await tenantAdmin.GetAsync("/hangfire")).Status, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await platformAdmin.GetAsync("/hangfire")).Status, Is.EqualTo(HttpStatusCode.OK));
    }
}
