using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Simore.Core.Data;
using Simore.Core.Identity;
using Simore.IntegrationTests.Network;

namespace Simore.IntegrationTests.CivilSociety;

public sealed class RegistrationTests
{
    private const string Password = "a long enough passphrase";

    [Test]
    public async Task A_new_organisation_confirms_its_address_from_the_e_mail_and_can_then_comment()
    {
        var tenant = await Fixtures.NewTenantAsync();
        var recommendation = (await Fixtures.AddRecommendationsAsync(tenant, "Protect human rights defenders"))[0];
        var email = $"ngo-{Guid.NewGuid():N}@civil.example";
        using var visitor = CivilFixtures.Visitor();

        var registered = await RegisterAsync(visitor, tenant.Slug, email, "Marta Kralj", "Legal Aid Network");
        var sent = await visitor.FollowAsync(registered);
        var mail = (await CivilFixtures.MailToAsync(tenant, email)).Single();
        var beforeConfirming = await NetworkFixtures.TrySignInAsync(email, Password);
        var commentPageAnonymous = await visitor.GetAsync($"/{tenant.Slug}/recommendations/{recommendation}/comment");
        var confirmed = await visitor.GetAsync(NetworkFixtures.LinkIn(mail.Body));
        using var participant = await Fixtures.SignInAsync(new TestUser(Guid.Empty, email, Password, null));
        var commented = await CivilFixtures.CommentAsync(participant, tenant.Slug, recommendation, "The new law has not been applied in the regions.");

        Assert.That(registered.Location, Is.EqualTo($"/{tenant.Slug}/register/sent"));
        Assert.That(sent.Text, Does.Contain("Follow the link in it to confirm your address"));
        Assert.That(mail.Subject, Does.Contain("Confirm your e-mail address"));
        Assert.That(mail.Kind, Is.EqualTo("Registration"));
        Assert.That(mail.Body, Does.Contain("/" + tenant.Slug + "/register/confirm?user="));
        Assert.That(beforeConfirming.Text, Does.Contain("Confirm your e-mail address before signing in."), "an unconfirmed account cannot sign in, so it cannot comment");
        Assert.That(commentPageAnonymous.Location, Does.Contain("/account/login"));
        Assert.That(confirmed.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(confirmed.Text, Does.Contain("Your address is confirmed"));
        Assert.That(commented.Location, Is.EqualTo($"/{tenant.Slug}/my-contributions"));
        var user = await NetworkFixtures.UserAsync(await UserIdAsync(email));
        Assert.That(user.Organisation, Is.EqualTo("Legal Aid Network"));
        Assert.That(user.EmailConfirmed, Is.True);
        var memberships = await NetworkFixtures.MembershipsAsync(tenant, user.Id);
        Assert.That(memberships.Select(m => m.Role), Is.EqualTo(new[] { Roles.CivilSociety }));
    }

    [Test]
    public async Task A_link_with_a_wrong_code_confirms_nothing()
    {
        var tenant = await Fixtures.NewTenantAsync();
        var email = $"person-{Guid.NewGuid():N}@civil.example";
        using var visitor = CivilFixtures.Visitor();
        await RegisterAsync(visitor, tenant.Slug, email, "Jan Horvat", null);
        var userId = await UserIdAsync(email);

        var page = await visitor.GetAsync($"/{tenant.Slug}/register/confirm?user={userId}&code=bm90LWEtdG9rZW4");

        Assert.That(page.Text, Does.Contain("This link does not work"));
        Assert.That((await NetworkFixtures.UserAsync(userId)).EmailConfirmed, Is.False);
    }

    [Test]
    public async Task An_address_that_has_an_account_gets_the_same_answer_and_its_owner_is_asked_to_sign_in()
    {
        var tenant = await Fixtures.NewTenantAsync();
        var other = await Fixtures.NewTenantAsync();
        var existing = await Fixtures.NewUserAsync(other, Roles.Drafter);
        using var visitor = CivilFixtures.Visitor();

        var registered = await RegisterAsync(visitor, tenant.Slug, existing.Email, "Someone Else", null);
        var mail = (await CivilFixtures.MailToAsync(tenant, existing.Email)).Single();
        var rolesBeforeJoining = await NetworkFixtures.MembershipsAsync(tenant, existing.Id);
        using var owner = await Fixtures.SignInAsync(existing);
        var join = await owner.GetAsync(NetworkFixtures.LinkIn(mail.Body));
        var joined = await owner.SubmitAsync(join, new Dictionary<string, string> { ["Consent"] = "true", ["Organisation"] = "Helsinki Monitor" });

        Assert.That(registered.Location, Is.EqualTo($"/{tenant.Slug}/register/sent"), "the visitor learns nothing about the address");
        Assert.That(mail.Body, Does.Contain("You already have a Simore account with this address."));
        Assert.That(mail.Body, Does.Not.Contain("/register/confirm"));
        Assert.That(rolesBeforeJoining, Is.Empty, "nobody else's registration gives a role to an existing account");
        Assert.That(join.Text, Does.Contain("confirm that you want to comment"));
        Assert.That(joined.Location, Does.StartWith($"/{tenant.Slug}/my-contributions"));
        Assert.That((await NetworkFixtures.MembershipsAsync(tenant, existing.Id)).Select(m => m.Role), Is.EqualTo(new[] { Roles.CivilSociety }));
        Assert.That((await NetworkFixtures.UserAsync(existing.Id)).DisplayName, Is.EqualTo("Drafter person"), "the visitor's form changed nothing in the account");
        Assert.That((await NetworkFixtures.UserAsync(existing.Id)).Organisation, Is.EqualTo("Helsinki Monitor"));
    }

    [Test]
    public async Task A_weak_password_gets_the_same_answer_whether_the_address_is_known_or_not()
    {
        var tenant = await Fixtures.NewTenantAsync();
        var existing = await Fixtures.NewUserAsync(tenant, Roles.FocalPoint);
        using var visitor = CivilFixtures.Visitor();

        var known = await RegisterAsync(visitor, tenant.Slug, existing.Email, "A", null, password: "short");
        var unknown = await RegisterAsync(visitor, tenant.Slug, $"new-{Guid.NewGuid():N}@civil.example", "A", null, password: "short");

        Assert.That(known.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(unknown.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(ErrorsOf(known), Is.Not.Empty);
        Assert.That(ErrorsOf(known), Is.EqualTo(ErrorsOf(unknown)));
        Assert.That(await CivilFixtures.MailToAsync(tenant, existing.Email), Is.Empty);
    }

    [Test]
    public async Task Consent_is_required()
    {
        var tenant = await Fixtures.NewTenantAsync();
        var email = $"person-{Guid.NewGuid():N}@civil.example";
        using var visitor = CivilFixtures.Visitor();

        var page = await RegisterAsync(visitor, tenant.Slug, email, "Jan Horvat", null, consent: false);

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page.Text, Does.Contain("Tick the box to agree"));
        Assert.That(await UserExistsAsync(email), Is.False);
    }

    [Test]
    public async Task Registration_is_limited_per_client_address()
    {
        var tenant = await Fixtures.NewTenantAsync();
        var address = CivilFixtures.NewAddress();
        using var visitor = CivilFixtures.Visitor(address);
        using var neighbour = CivilFixtures.Visitor();

        var answers = new List<Browser.Page>();
        for (var i = 0; i < 6; i++)
        {
            answers.Add(await RegisterAsync(visitor, tenant.Slug, $"burst-{i}-{Guid.NewGuid():N}@civil.example", "Burst", null));
        }

        var fromElsewhere = await RegisterAsync(neighbour, tenant.Slug, $"other-{Guid.NewGuid():N}@civil.example", "Other", null);

        Assert.That(answers.Take(5).Select(a => a.Status), Is.All.EqualTo(HttpStatusCode.Redirect));
        Assert.That(answers[5].Status, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(answers[5].Text, Does.Contain("Too many requests"));
        Assert.That(fromElsewhere.Status, Is.EqualTo(HttpStatusCode.Redirect));
    }

    private static async Task<Browser.Page> RegisterAsync(Browser browser, string slug, string email, string name, string? organisation, string password = Password, bool consent = true)
    {
        // A fresh form each time: the anonymous visitor has no cookie to keep.
        var form = await browser.GetAsync($"/{slug}/register");
        var fields = new Dictionary<string, string>
        {
            ["Email"] = email,
            ["DisplayName"] = name,
            ["Organisation"] = organisation ?? string.Empty,
            ["Password"] = password,
            ["ConfirmPassword"] = password,
        };
        if (consent)
        {
            fields["Consent"] = "true";
        }

        return await browser.SubmitAsync(form, fields, formAction: "/register");
    }

    private static List<string> ErrorsOf(Browser.Page page) =>
        page.Document.QuerySelectorAll(".alert-danger li").Select(li => li.TextContent.Trim()).ToList();

    /// <summary>Accounts are global: no tenant is needed to find one.</summary>
    private static async Task<Guid> UserIdAsync(string email)
    {
        using var scope = TestEnvironment.App.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<SimoreDbContext>().Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }

    private static async Task<bool> UserExistsAsync(string email)
    {
        using var scope = TestEnvironment.App.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<SimoreDbContext>().Users.AnyAsync(u => u.Email == email);
    }
}
