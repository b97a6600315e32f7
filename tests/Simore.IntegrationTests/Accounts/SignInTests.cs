using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Simore.Core.Identity;

namespace Simore.IntegrationTests.Accounts;

public sealed class SignInTests
{
    [Test]
    public async Task A_focal_point_signs_in_with_a_password_through_the_form()
    {
        var tenant = await Fixtures.NewTenantAsync();
        var user = await Fixtures.NewUserAsync(tenant, Roles.FocalPoint);
        using var browser = TestEnvironment.App.CreateBrowser();

        var login = await browser.GetAsync($"/account/login?returnUrl=/{tenant.Slug}");
        var result = await browser.SubmitAsync(login, new Dictionary<string, string> { ["Email"] = user.Email, ["Password"] = user.Password });
        var home = await browser.FollowAsync(result);

        Assert.That(result.Status, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(result.Location, Is.EqualTo($"/{tenant.Slug}"));
        Assert.That(home.Html, Does.Contain("/account/logout"));
    }

    [Test]
    public async Task A_wrong_password_re_renders_the_form_with_a_message()
    {
        var tenant = await Fixtures.NewTenantAsync();
        var user = await Fixtures.NewUserAsync(tenant, Roles.FocalPoint);
        using var browser = TestEnvironment.App.CreateBrowser();

        var login = await browser.GetAsync("/account/login");
        var result = await browser.SubmitAsync(login, new Dictionary<string, string> { ["Email"] = user.Email, ["Password"] = "not the password" });

        Assert.That(result.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(result.Text, Does.Contain("The e-mail address or the password is not correct."));
    }

    [Test]
    public async Task An_empty_form_gets_messages_in_the_users_language()
    {
        using var browser = TestEnvironment.App.CreateBrowser();

        var login = await browser.GetAsync("/account/login?culture=fr");
        var result = await browser.SubmitAsync(login, new Dictionary<string, string> { ["Email"] = string.Empty, ["Password"] = string.Empty });

        Assert.That(result.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(result.Text, Does.Contain("Saisissez votre adresse électronique."));
        Assert.That(result.Text, Does.Contain("Saisissez votre mot de passe."));
    }

    [Test]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        var tenant = await Fixtures.NewTenantAsync();
        var user = await Fixtures.NewUserAsync(tenant, Roles.FocalPoint);
        using var browser = TestEnvironment.App.CreateBrowser();
        await browser.GetAsync("/account/login");

        var response = await browser.Client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = user.Email,
            ["Password"] = user.Password,
        }));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("simore.auth", StringComparison.Ordinal)), Is.False);
    }

    [Test]
    public async Task Five_wrong_passwords_lock_the_account_even_for_the_right_one()
    {
        var tenant = await Fixtures.NewTenantAsync();
        var user = await Fixtures.NewUserAsync(tenant, Roles.FocalPoint);
        using var browser = TestEnvironment.App.CreateBrowser();
        for (var i = 0; i < 5; i++)
        {
            await browser.SubmitAsync(await browser.GetAsync("/account/login"), new Dictionary<string, string> { ["Email"] = user.Email, ["Password"] = "wrong password " + i });
        }

        var result = await browser.SubmitAsync(await browser.GetAsync("/account/login"), new Dictionary<string, string> { ["Email"] = user.Email, ["Password"] = user.Password });

        Assert.That(result.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(result.Text, Does.Contain("locked"));
    }

    [Test]
    public async Task A_deactivated_account_cannot_sign_in()
    {
        var tenant = await Fixtures.NewTenantAsync();
        var user = await Fixtures.NewUserAsync(tenant, Roles.FocalPoint);
        using (var scope = TestEnvironment.App.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
            var account = await users.FindByIdAsync(user.Id.ToString());
            account!.IsActive = false;
            await users.UpdateAsync(account);
        }

        using var browser = TestEnvironment.App.CreateBrowser();
        var result = await browser.SubmitAsync(await browser.GetAsync("/account/login"), new Dictionary<string, string> { ["Email"] = user.Email, ["Password"] = user.Password });

        Assert.That(result.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(result.Text, Does.Contain("The e-mail address or the password is not correct."));
    }

    [Test]
    public async Task Signing_out_ends_the_session()
    {
        var tenant = await Fixtures.NewTenantAsync();
        var user = await Fixtures.NewUserAsync(tenant, Roles.Administrator, twoFactor: true);
        using var browser = await Fixtures.SignInAsync(user);
        var workspace = await browser.GetAsync($"/{tenant.Slug}/admin");

        var result = await browser.SubmitAsync(workspace, new Dictionary<string, string>(), formAction: "/account/logout");
        var after = await browser.GetAsync($"/{tenant.Slug}/admin");

        Assert.That(workspace.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(result.Status, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(after.Location, Does.StartWith("http://localhost/account/login"));
    }
}
