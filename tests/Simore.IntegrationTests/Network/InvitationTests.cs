using System.Net;
using Microsoft.EntityFrameworkCore;
using Simore.Core.Identity;

namespace Simore.IntegrationTests.Network;

/// <summary>Invitations from the administrator's form to the invitee's first sign-in.</summary>
public sealed class InvitationTests
{
    [Test]
    public async Task Inviting_a_focal_point_creates_the_account_the_role_and_one_message_even_when_invited_twice()
    {
        var (tenant, admin, browser) = await NetworkFixtures.AdministratorAsync();
        var ministry = await NetworkFixtures.AddInstitutionAsync(tenant, "Ministry of Education");
        var email = $"focal-{Guid.NewGuid():N}@ministry.example";
        using (browser)
        {
            var invited = await InviteAsync(browser, tenant.Slug, email, "Ana Novak", Roles.FocalPoint, ministry, language: "fr");
            var again = await InviteAsync(browser, tenant.Slug, email, "Ana Novak", Roles.FocalPoint, ministry, language: "fr");
            var person = await browser.FollowAsync(invited);

            Assert.That(invited.Status, Is.EqualTo(HttpStatusCode.Redirect), invited.Text);
            Assert.That(person.Text, Does.Contain("Ana Novak").And.Contain("Ministry of Education"));
            Assert.That(again.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(again.Text, Does.Contain("This person already has this role; no new message was sent."));
            await Fixtures.InTenantAsync(tenant, async (_, db) =>
            {
                var user = await db.Users.SingleAsync(u => u.Email == email);
                Assert.That(user.PasswordHash, Is.Null);
                Assert.That(user.EmailConfirmed, Is.False);
                Assert.That(user.PreferredLanguage, Is.EqualTo("fr"));
                var membership = await db.Memberships.SingleAsync(m => m.UserId == user.Id);
                Assert.That(membership.Role, Is.EqualTo(Roles.FocalPoint));
                Assert.That(membership.InstitutionId, Is.EqualTo(ministry));
                Assert.That(membership.IsMain, Is.True);
                Assert.That(membership.InvitedBy, Is.EqualTo(admin.Email));
                var message = await db.EmailMessages.SingleAsync(m => m.UserId == user.Id);
                Assert.That(message.DedupKey, Is.EqualTo($"invitation:{membership.Id}"));
                Assert.That(message.To, Is.EqualTo(email));
                Assert.That(message.Language, Is.EqualTo("fr"));
                Assert.That(message.Body, Does.Contain($"/{tenant.Slug}/invitation?user={user.Id}").And.Contain("Ana Novak"));
                return 0;
            });
        }
    }

    [Test]
    public async Task A_focal_point_or_validator_needs_an_institution()
    {
        var (tenant, _, browser) = await NetworkFixtures.AdministratorAsync();
        using (browser)
        {
            var refused = await InviteAsync(browser, tenant.Slug, $"v-{Guid.NewGuid():N}@test.example", "Someone", Roles.Validator, null);

            Assert.That(refused.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(refused.Text, Does.Contain("Choose the institution of the focal point or validator."));
            Assert.That(await Fixtures.InTenantAsync(tenant, (_, db) => db.EmailMessages.CountAsync()), Is.Zero);
        }
    }

    [Test]
    public async Task The_invitee_chooses_a_password_on_the_page_then_signs_in_and_the_link_works_only_once()
    {
        var (tenant, _, browser) = await NetworkFixtures.AdministratorAsync();
        var ministry = await NetworkFixtures.AddInstitutionAsync(tenant, "Ministry of Labour");
        var email = $"focal-{Guid.NewGuid():N}@ministry.example";
        using (browser)
        {
            await InviteAsync(browser, tenant.Slug, email, "Marko Kranjc", Roles.FocalPoint, ministry);
        }

        var body = await Fixtures.InTenantAsync(tenant, (_, db) => db.EmailMessages.Where(m => m.To == email).Select(m => m.Body).SingleAsync());
        var link = NetworkFixtures.LinkIn(body);
        using var invitee = TestEnvironment.App.CreateBrowser();
        var page = await invitee.GetAsync(link);
        var tooShort = await invitee.SubmitAsync(page, new Dictionary<string, string> { ["Password"] = "short-one", ["ConfirmPassword"] = "short-one" });
        var userAfterRefusal = await Fixtures.InTenantAsync(tenant, (_, db) => db.Users.AsNoTracking().SingleAsync(u => u.Email == email));
        var mismatch = await invitee.SubmitAsync(tooShort, new Dictionary<string, string> { ["Password"] = "a long enough passphrase", ["ConfirmPassword"] = "another passphrase here" });
        var accepted = await invitee.SubmitAsync(mismatch, new Dictionary<string, string> { ["Password"] = "a long enough passphrase", ["ConfirmPassword"] = "a long enough passphrase" });
        var done = await invitee.FollowAsync(accepted);
        using var signedIn = await Fixtures.SignInAsync(new TestUser(userAfterRefusal.Id, email, "a long enough passphrase", null));
        using var later = TestEnvironment.App.CreateBrowser();
        var reused = await later.GetAsync(link);

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page.Text, Does.Contain("Marko Kranjc"));
        Assert.That(tooShort.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(tooShort.Text, Does.Contain("The password must have at least 12 characters."));
        Assert.That(userAfterRefusal.PasswordHash, Is.Null, "a refused password changes nothing");
        Assert.That(userAfterRefusal.EmailConfirmed, Is.False);
        Assert.That(mismatch.Text, Does.Contain("The two passwords are not the same."));
        Assert.That(accepted.Status, Is.EqualTo(HttpStatusCode.Redirect), accepted.Text);
        Assert.That(done.Text, Does.Contain("Your password is set."));
        Assert.That(reused.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(reused.Text, Does.Contain("This invitation cannot be used"));
        var user = await NetworkFixtures.UserAsync(userAfterRefusal.Id);
        Assert.That(user.EmailConfirmed, Is.True);
    }

    [Test]
    public async Task A_tampered_token_is_refused_and_changes_nothing()
    {
        var (tenant, _, browser) = await NetworkFixtures.AdministratorAsync();
        var email = $"drafter-{Guid.NewGuid():N}@test.example";
        using (browser)
        {
            await InviteAsync(browser, tenant.Slug, email, "Drafter", Roles.Drafter, null);
        }

        var body = await Fixtures.InTenantAsync(tenant, (_, db) => db.EmailMessages.Where(m => m.To == email).Select(m => m.Body).SingleAsync());
        var link = NetworkFixtures.LinkIn(body);
        var tampered = link.Replace("token=", "token=x", StringComparison.Ordinal);
        using var visitor = TestEnvironment.App.CreateBrowser();
        var page = await visitor.GetAsync(tampered);
        var otherState = await Fixtures.NewTenantAsync();
        var wrongState = await visitor.GetAsync(link.Replace($"/{tenant.Slug}/", $"/{otherState.Slug}/", StringComparison.Ordinal));

        Assert.That(page.Text, Does.Contain("This invitation cannot be used"));
        Assert.That(page.Document.QuerySelector("input[name=Password]"), Is.Null);
        Assert.That(wrongState.Text, Does.Contain("This invitation cannot be used"), "the link belongs to the State that sent it");
    }

    [Test]
    public async Task An_existing_account_invited_to_another_role_gets_the_role_and_a_notification_instead_of_a_link()
    {
        var (tenant, _, browser) = await NetworkFixtures.AdministratorAsync();
        var ministry = await NetworkFixtures.AddInstitutionAsync(tenant, "Ministry of Finance");
        var drafter = await NetworkFixtures.AddPersonAsync(tenant, Roles.Drafter);
        using (browser)
        {
            var given = await InviteAsync(browser, tenant.Slug, drafter.Email, "Ignored name", Roles.Validator, ministry);
            var person = await browser.FollowAsync(given);

            Assert.That(given.Status, Is.EqualTo(HttpStatusCode.Redirect), given.Text);
            Assert.That(person.Text, Does.Contain("the role was given and a message sent"));
        }

        var memberships = await NetworkFixtures.MembershipsAsync(tenant, drafter.Id);
        Assert.That(memberships.Select(m => (m.Role, m.InstitutionId, m.EndedAt)), Is.EquivalentTo(new[]
        {
            (Roles.Drafter, (long?)null, (DateTimeOffset?)null),
            (Roles.Validator, (long?)ministry, (DateTimeOffset?)null),
        }));
        var message = await Fixtures.InTenantAsync(tenant, (_, db) => db.EmailMessages.SingleAsync(m => m.UserId == drafter.Id));
        Assert.That(message.Body, Does.Contain("/account/login").And.Not.Contain("/invitation?"));
        Assert.That(message.Subject, Does.Contain("A new role in Simore"));
        Assert.That((await NetworkFixtures.UserAsync(drafter.Id)).DisplayName, Is.EqualTo("Drafter person"), "the account keeps its name");
    }

    [Test]
    public async Task An_invitation_not_accepted_can_be_sent_again_once_a_day_with_a_new_link()
    {
        var (tenant, _, browser) = await NetworkFixtures.AdministratorAsync();
        var email = $"drafter-{Guid.NewGuid():N}@test.example";
        using (browser)
        {
            var invited = await InviteAsync(browser, tenant.Slug, email, "Slow Reader", Roles.Drafter, null);
            var person = invited.Location!;
            var first = await NetworkFixtures.PostAsync(browser, person, person + "/resend");
            var firstMessage = await browser.GetAsync(person);
            await NetworkFixtures.PostAsync(browser, person, person + "/resend");
            var secondMessage = await browser.GetAsync(person);

            Assert.That(first, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(firstMessage.Text, Does.Contain("A new invitation is in the outbox."));
            Assert.That(secondMessage.Text, Does.Contain("An invitation was already sent today."));
        }

        var bodies = await Fixtures.InTenantAsync(tenant, (_, db) => db.EmailMessages.Where(m => m.To == email).OrderBy(m => m.Id).Select(m => m.Body).ToListAsync());
        Assert.That(bodies, Has.Count.EqualTo(2));
        Assert.That(NetworkFixtures.LinkIn(bodies[1]), Does.Contain("/invitation?user=").And.Not.EqualTo(NetworkFixtures.LinkIn(bodies[0])));
        using var invitee = TestEnvironment.App.CreateBrowser();
        var page = await invitee.GetAsync(NetworkFixtures.LinkIn(bodies[1]));
        Assert.That(page.Text, Does.Contain("Slow Reader"));
    }

    internal static async Task<Browser.Page> InviteAsync(Browser browser, string slug, string email, string name, string role, long? institutionId, bool isMain = true, string language = "en")
    {
        var form = await browser.GetAsync($"/{slug}/admin/people/invite");
        return await browser.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Email"] = email,
            ["DisplayName"] = name,
            ["Language"] = language,
            ["Role"] = role,
            ["InstitutionId"] = institutionId is { } id ? NetworkFixtures.Id(id) : string.Empty,
            ["IsMain"] = isMain ? "true" : "false",
        });
    }
}
