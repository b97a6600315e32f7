using System.Net;
using Simore.Core.Identity;
using Simore.Web.Features.Account;

namespace Simore.IntegrationTests.Security;

/// <summary>Password guessing: lockout per account (see SignInTests), and a limit per client address across accounts.</summary>
public sealed class SignInLimitTests
{
    [Test]
    public async Task One_address_trying_many_accounts_is_stopped_and_another_address_is_not()
    {
        var tenant = await Fixtures.NewTenantAsync();
        var user = await Fixtures.NewUserAsync(tenant, Roles.FocalPoint);
        using var sprayer = TestEnvironment.App.CreateBrowser();
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < SignInRateLimits.SignInsPerMinute; i++)
        {
            var page = await sprayer.SubmitAsync(await sprayer.GetAsync("/account/login"), new Dictionary<string, string> { ["Email"] = $"account-{i}@test.example", ["Password"] = "a guessed password" });
            answers.Add(page.Status);
        }

        var stopped = await sprayer.SubmitAsync(await sprayer.GetAsync("/account/login"), new Dictionary<string, string> { ["Email"] = user.Email, ["Password"] = user.Password });
        using var colleague = TestEnvironment.App.CreateBrowser();
        var elsewhere = await colleague.SubmitAsync(await colleague.GetAsync("/account/login"), new Dictionary<string, string> { ["Email"] = user.Email, ["Password"] = user.Password });

        Assert.That(answers, Is.All.EqualTo(HttpStatusCode.OK), "wrong passwords re-render the form until the limit");
        Assert.That(stopped.Status, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(stopped.Text, Does.Contain("Too many requests"));
        Assert.That((await sprayer.GetAsync($"/{tenant.Slug}/work")).Location, Does.Contain("/account/login"), "no sign-in past the limit, even with the right password");
        Assert.That(elsewhere.Status, Is.EqualTo(HttpStatusCode.Redirect), "the limit is per address");
    }

    [Test]
    public async Task The_second_factor_step_counts_against_the_same_limit()
    {
        using var guesser = TestEnvironment.App.CreateBrowser();
        for (var i = 0; i < SignInRateLimits.SignInsPerMinute; i++)
        {
            await guesser.SubmitAsync(await guesser.GetAsync("/account/login"), new Dictionary<string, string> { ["Email"] = $"account-{i}@test.example", ["Password"] = "a guessed password" });
        }

        var code = await Requests.SendAsync(guesser, "POST", "/account/login-2fa", fields: [new("Code", "123456")]);

        Assert.That(code.Status, Is.EqualTo(HttpStatusCode.TooManyRequests));
    }
}
