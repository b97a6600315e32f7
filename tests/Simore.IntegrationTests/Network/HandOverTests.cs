using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Simore.Core.Identity;

namespace Simore.IntegrationTests.Network;

/// <summary>A focal point's role passes to a successor; the institution keeps its follow-up.</summary>
public sealed class HandOverTests
{
    [Test]
    public async Task Handing_over_to_a_person_of_the_state_ends_the_old_role_and_gives_the_same_one_to_the_successor()
    {
        var (tenant, _, browser) = await NetworkFixtures.AdministratorAsync();
        var ministry = await NetworkFixtures.AddInstitutionAsync(tenant, "Ministry of Social Affairs");
        var leaving = await NetworkFixtures.AddPersonAsync(tenant, Roles.FocalPoint, ministry, isMain: true, name: "Leaving Focal");
        await Fixtures.InTenantAsync(tenant, async (services, db) =>
        {
            var user = await db.Users.SingleAsync(u => u.Id == leaving.Id);
            return await services.GetRequiredService<MembershipService>().GrantAsync(user, Roles.Drafter, null, false, "fixture");
        });
        var successor = await NetworkFixtures.AddPersonAsync(tenant, Roles.Drafter, name: "Arriving Focal");
        var old = (await NetworkFixtures.MembershipsAsync(tenant, leaving.Id)).Single(m => m.Role == Roles.FocalPoint);
        using (browser)
        {
            var form = await browser.GetAsync($"/{tenant.Slug}/admin/people/roles/{old.Id}/hand-over");
            var done = await browser.SubmitAsync(form, new Dictionary<string, string> { ["SuccessorId"] = successor.Id.ToString() });
            var page = await browser.FollowAsync(done);

            Assert.That(form.Text, Does.Contain("Leaving Focal").And.Contain("Ministry of Social Affairs"));
            Assert.That(done.Status, Is.EqualTo(HttpStatusCode.Redirect), done.Text);
            Assert.That(page.Text, Does.Contain("Arriving Focal").And.Contain("The role was handed over."));
        }

        var leavingRoles = await NetworkFixtures.MembershipsAsync(tenant, leaving.Id);
        Assert.That(leavingRoles.Single(m => m.Role == Roles.FocalPoint).EndedAt, Is.Not.Null);
        Assert.That(leavingRoles.Single(m => m.Role == Roles.Drafter).EndedAt, Is.Null, "other roles stay");
        var successorRole = (await NetworkFixtures.MembershipsAsync(tenant, successor.Id)).Single(m => m.Role == Roles.FocalPoint);
        Assert.That(successorRole.InstitutionId, Is.EqualTo(ministry));
        Assert.That(successorRole.IsMain, Is.True);
        Assert.That(successorRole.EndedAt, Is.Null);
        Assert.That(await PeopleTests.RoleClaimsAsync(tenant, leaving.Id), Is.EqualTo(new[] { Roles.Drafter }), "the old focal point no longer is one here");
        Assert.That(await PeopleTests.RoleClaimsAsync(tenant, successor.Id), Is.EqualTo(new[] { Roles.Drafter, Roles.FocalPoint }));
        var message = await Fixtures.InTenantAsync(tenant, (_, db) => db.EmailMessages.SingleAsync(m => m.UserId == successor.Id));
        Assert.That(message.Body, Does.Contain("main focal point of Ministry of Social Affairs"));
    }

    [Test]
    public async Task Handing_over_to_someone_new_invites_them_in_the_same_step()
    {
        var (tenant, _, browser) = await NetworkFixtures.AdministratorAsync();
        var ministry = await NetworkFixtures.AddInstitutionAsync(tenant, "Ministry of Agriculture");
        var leaving = await NetworkFixtures.AddPersonAsync(tenant, Roles.Validator, ministry);
        var old = (await NetworkFixtures.MembershipsAsync(tenant, leaving.Id)).Single();
        var email = $"new-validator-{Guid.NewGuid():N}@ministry.example";
        using (browser)
        {
            var form = await browser.GetAsync($"/{tenant.Slug}/admin/people/roles/{old.Id}/hand-over");
            var incomplete = await browser.SubmitAsync(form, new Dictionary<string, string> { ["Email"] = email });
            var done = await browser.SubmitAsync(incomplete, new Dictionary<string, string> { ["Email"] = email, ["DisplayName"] = "Nina Horvat" });

            Assert.That(incomplete.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(incomplete.Text, Does.Contain("Enter the person's name."));
            Assert.That(done.Status, Is.EqualTo(HttpStatusCode.Redirect), done.Text);
        }

        Assert.That((await NetworkFixtures.MembershipsAsync(tenant, leaving.Id)).Single().EndedAt, Is.Not.Null);
        await Fixtures.InTenantAsync(tenant, async (_, db) =>
        {
            var user = await db.Users.SingleAsync(u => u.Email == email);
            Assert.That(user.PasswordHash, Is.Null);
            var role = await db.Memberships.SingleAsync(m => m.UserId == user.Id);
            Assert.That((role.Role, role.InstitutionId, role.EndedAt), Is.EqualTo((Roles.Validator, (long?)ministry, (DateTimeOffset?)null)));
            var message = await db.EmailMessages.SingleAsync(m => m.UserId == user.Id);
            Assert.That(message.Body, Does.Contain("/invitation?user="));
            return 0;
        });
    }

    [Test]
    public async Task An_administrator_role_is_not_handed_over_and_a_successor_must_be_of_the_state()
    {
        var (tenant, admin, browser) = await NetworkFixtures.AdministratorAsync();
        var ministry = await NetworkFixtures.AddInstitutionAsync(tenant, "Ministry of Transport");
        var focal = await NetworkFixtures.AddPersonAsync(tenant, Roles.FocalPoint, ministry);
        var other = await Fixtures.NewTenantAsync();
        var stranger = await NetworkFixtures.AddPersonAsync(other, Roles.Drafter);
        var adminRole = (await NetworkFixtures.MembershipsAsync(tenant, admin.Id)).Single();
        var focalRole = (await NetworkFixtures.MembershipsAsync(tenant, focal.Id)).Single();
        using (browser)
        {
            var adminPage = await browser.GetAsync($"/{tenant.Slug}/admin/people/roles/{adminRole.Id}/hand-over");
            var form = await browser.GetAsync($"/{tenant.Slug}/admin/people/roles/{focalRole.Id}/hand-over");
            var refused = await NetworkFixtures.PostAsync(browser, $"/{tenant.Slug}/admin/people/roles/{focalRole.Id}/hand-over",
                $"/{tenant.Slug}/admin/people/roles/{focalRole.Id}/hand-over", ("SuccessorId", stranger.Id.ToString()));

            Assert.That(adminPage.Status, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(form.Document.QuerySelectorAll("#SuccessorId option").Select(o => o.GetAttribute("value")), Does.Not.Contain(stranger.Id.ToString()));
            Assert.That(refused, Is.EqualTo(HttpStatusCode.OK), "the form answers again with a message");
        }

        Assert.That((await NetworkFixtures.MembershipsAsync(tenant, focal.Id)).Single().EndedAt, Is.Null);
        Assert.That(await NetworkFixtures.MembershipsAsync(tenant, stranger.Id), Is.Empty);
    }
}
