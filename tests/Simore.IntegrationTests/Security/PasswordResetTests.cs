using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Simore.Core.Identity;
using Simore.Core.Notifications;
using Simore.Web.Features.Account;

namespace Simore.IntegrationTests.Security;

/// <summary>"Forgot your password?": the link arrives by e-mail, works once, and not after two hours.</summary>
public sealed partial class PasswordResetTests
{
    private const string NewPassword = "a brand new passphrase for the test";

    [Test]
    public async Task The_link_from_the_e_mail_sets_a_new_password_once_and_only_once()
    {
        var tenant = await Fixtures.NewTenantAsync();
        var user = await Fixtures.NewUserAsync(tenant, Roles.FocalPoint);
        using var browser = TestEnvironment.App.CreateBrowser();
        var start = DateTime.UtcNow.AddSeconds(-1);

        var asked = await browser.SubmitAsync(await browser.GetAsync("/account/forgot-password"), new Dictionary<string, string> { ["Email"] = user.Email });
        var link = await LinkMailedToAsync(user.Email, start);
        var form = await browser.GetAsync(link);
        var done = await browser.SubmitAsync(form, new Dictionary<string, string> { ["Password"] = NewPassword, ["ConfirmPassword"] = NewPassword });
        var again = await browser.GetAsync(link);
        var replayed = await browser.SubmitAsync(form, new Dictionary<string, string> { ["Password"] = "yet another passphrase here", ["ConfirmPassword"] = "yet another passphrase here" });

        Assert.That(asked.Text, Does.Contain("If an account uses this address"));
        Assert.That(form.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(form.Text, Does.Contain("Choose a new password"));
        Assert.That(done.Text, Does.Contain("Your password is changed"));
        Assert.That(again.Text, Does.Contain("This link cannot be used"), "the link works once");
        Assert.That(replayed.Text, Does.Contain("This link cannot be used"), "the form cannot be sent twice either");
        Assert.That((await SignInAsync(user.Email, NewPassword)).Location, Is.EqualTo("/"), "the new password signs in");
        Assert.That((await SignInAsync(user.Email, user.Password)).Status, Is.EqualTo(HttpStatusCode.OK), "the old one no longer does");
    }

    [Test]
    public async Task An_unknown_address_gets_the_same_answer_and_no_mail_leaves()
    {
        var tenant = await Fixtures.NewTenantAsync();
        var known = await Fixtures.NewUserAsync(tenant, Roles.FocalPoint);
        using var browser = TestEnvironment.App.CreateBrowser();
        var address = $"nobody-{Guid.NewGuid():N}@test.example";
        var start = DateTime.UtcNow.AddSeconds(-1);

        var asked = await browser.SubmitAsync(await browser.GetAsync("/account/forgot-password"), new Dictionary<string, string> { ["Email"] = address });
        var askedKnown = await browser.SubmitAsync(await browser.GetAsync("/account/forgot-password"), new Dictionary<string, string> { ["Email"] = known.Email });
        await LinkMailedToAsync(known.Email, start);

        Assert.That(asked.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(asked.Text, Is.EqualTo(askedKnown.Text), "the same page for both");
        Assert.That(MailsTo(address, start), Is.Empty, "the known address's message has left; the unknown one has none");
    }

    [Test]
    public async Task A_link_older_than_two_hours_is_refused_and_a_younger_one_is_not()
    {
        var tenant = await Fixtures.NewTenantAsync();
        var user = await Fixtures.NewUserAsync(tenant, Roles.FocalPoint);
        var now = DateTimeOffset.UtcNow;
        using var browser = TestEnvironment.App.CreateBrowser();

        var young = await browser.GetAsync(await ResetLinkIssuedAtAsync(user.Id, now - PasswordResetTokenProvider.Lifetime + TimeSpan.FromMinutes(5)));
        var old = await browser.GetAsync(await ResetLinkIssuedAtAsync(user.Id, now - PasswordResetTokenProvider.Lifetime - TimeSpan.FromMinutes(1)));
        var oldPost = await browser.SubmitAsync(young, new Dictionary<string, string>
        {
            ["Token"] = Token(await ResetLinkIssuedAtAsync(user.Id, now - PasswordResetTokenProvider.Lifetime - TimeSpan.FromMinutes(1))),
            ["Password"] = NewPassword,
            ["ConfirmPassword"] = NewPassword,
        });

        Assert.That(PasswordResetTokenProvider.Lifetime, Is.EqualTo(TimeSpan.FromHours(2)));
        Assert.That(young.Text, Does.Contain("Choose a new password"), "a link made like the app's own works while it is young");
        Assert.That(old.Text, Does.Contain("This link cannot be used"));
        Assert.That(oldPost.Text, Does.Contain("This link cannot be used"));
        Assert.That((await SignInAsync(user.Email, user.Password)).Status, Is.EqualTo(HttpStatusCode.Redirect), "the password did not change");
    }

    [Test]
    public async Task Requests_for_links_are_limited_per_client_address()
    {
        using var browser = TestEnvironment.App.CreateBrowser();
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i <= SignInRateLimits.ResetsPerHour; i++)
        {
            var page = await browser.SubmitAsync(await browser.GetAsync("/account/forgot-password"), new Dictionary<string, string> { ["Email"] = $"someone-{i}@test.example" });
            answers.Add(page.Status);
        }

        Assert.That(answers.Take(SignInRateLimits.ResetsPerHour), Is.All.EqualTo(HttpStatusCode.OK));
        Assert.That(answers[^1], Is.EqualTo(HttpStatusCode.TooManyRequests));
    }

    /// <summary>
    /// A reset link whose token says it was issued at <paramref name="issued"/>: the layout Identity's
    /// token provider writes (issue time, user, purpose, security stamp), protected by the app's keys.
    /// </summary>
    private static async Task<string> ResetLinkIssuedAtAsync(Guid userId, DateTimeOffset issued)
    {
        using var scope = TestEnvironment.App.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var stamp = await users.GetSecurityStampAsync((await users.FindByIdAsync(userId.ToString()))!);
        using var bytes = new MemoryStream();
        using (var writer = new BinaryWriter(bytes, new UTF8Encoding(false, true), leaveOpen: true))
        {
            writer.Write(issued.UtcTicks);
            writer.Write(userId.ToString());
            writer.Write(UserManager<User>.ResetPasswordTokenPurpose);
            writer.Write(stamp ?? string.Empty);
        }

        var protector = scope.ServiceProvider.GetRequiredService<IDataProtectionProvider>().CreateProtector(PasswordResetTokenProvider.ProviderName);
        return $"/account/reset-password?user={userId}&token={Uri.EscapeDataString(Convert.ToBase64String(protector.Protect(bytes.ToArray())))}";
    }

    private static string Token(string link) => Uri.UnescapeDataString(link[(link.IndexOf("token=", StringComparison.Ordinal) + 6)..]);

    private static async Task<Browser.Page> SignInAsync(string email, string password)
    {
        using var browser = TestEnvironment.App.CreateBrowser();
        return await browser.SubmitAsync(await browser.GetAsync("/account/login"), new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });
    }

    /// <summary>The reset link of the message the job sent to this address (waits for the job).</summary>
    private static async Task<string> LinkMailedToAsync(string address, DateTime since)
    {
        for (var i = 0; i < 900; i++)
        {
            if (MailsTo(address, since) is [var mail, ..])
            {
                var body = mail.TextBody ?? string.Empty;
                var match = ResetLink().Match(body);
                Assert.That(match.Success, body);
                return new Uri(match.Value).PathAndQuery;
            }

            await Task.Delay(100);
        }

        throw new AssertionException($"No message reached {address}.");
    }

    /// <summary>Messages the test host wrote to its pickup folder for this address since the test began.</summary>
    private static List<MimeMessage> MailsTo(string address, DateTime since)
    {
        using var scope = TestEnvironment.App.Services.CreateScope();
        var folder = ((PickupDirectoryEmailSender)scope.ServiceProvider.GetRequiredService<IEmailSender>()).Directory;
        return !Directory.Exists(folder) ? [] : Directory.GetFiles(folder, "*.eml")
            .Where(f => File.GetLastWriteTimeUtc(f) >= since)
            .Select(f => MimeMessage.Load(f))
            .Where(m => m.To.Mailboxes.Any(b => b.Address == address))
            .ToList();
    }

    [GeneratedRegex(@"https?://\S+/account/reset-password\?\S+")]
    private static partial Regex ResetLink();
}
