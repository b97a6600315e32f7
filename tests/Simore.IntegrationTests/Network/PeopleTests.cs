using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Simore.Core.Identity;

namespace Simore.IntegrationTests.Network;

/// <summary>Deactivation, the last administrator, removing one role.</summary>
public sealed class PeopleTests
{
    [Test]
    public async Task A_deactivated_person_loses_every_role_here_at_once_and_history_keeps_their_name()
    {
        var (tenant, _, browser) = await NetworkFixtures.AdministratorAsync();
        var ministry = await NetworkFixtures.AddInstitutionAsync(tenant, "Ministry of Culture");
        var focal = await NetworkFixtures.AddPersonAsync(tenant, Roles.FocalPoint, ministry, isMain: true, name: "Petra Zupan");
        using var session = await Fixtures.SignInAsync(new TestUser(focal.Id, focal.Email, focal.Password, null));
        var before = await session.GetAsync($"/{tenant.Slug}/work");
        using (browser)
        {
            var status = await NetworkFixtures.PostAsync(browser, $"/{tenant.Slug}/admin/people/{focal.Id}", $"/{tenant.Slug}/admin/people/{focal.Id}/deactivate");
            var after = await session.GetAsync($"/{tenant.Slug}/work");
            var active = await browser.GetAsync($"/{tenant.Slug}/admin/people");
            var withEnded = await browser.GetAsync($"/{tenant.Slug}/admin/people?ended=true");
            var person = await browser.GetAsync($"/{tenant.Slug}/admin/people/{focal.Id}");

            Assert.That(before.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(status, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(after.Location ?? string.Empty, Does.Contain("/account/denied"), "the open session loses the role at once");
            Assert.That(active.Text, Does.Not.Contain("Petra Zupan"));
            Assert.That(withEnded.Text, Does.Contain("Petra Zupan"));
            Assert.That(person.Text, Does.Contain("Petra Zupan").And.Contain("Deactivated"));
        }

        var user = await NetworkFixtures.UserAsync(focal.Id);
        Assert.That(user.DisplayName, Is.EqualTo("Petra Zupan"));
        Assert.That((await NetworkFixtures.MembershipsAsync(tenant, focal.Id)).Select(m => m.EndedAt), Has.All.Not.Null);
    }

    [Test]
    public async Task Deactivating_a_person_in_one_State_leaves_their_work_for_another_State_untouched()
    {
        var (tenant, _, browser) = await NetworkFixtures.AdministratorAsync();
        var other = await Fixtures.NewTenantAsync();
        var drafter = await NetworkFixtures.AddPersonAsync(tenant, Roles.Drafter);
        await Fixtures.InTenantAsync(other, async (services, db) =>
        {
            var account = await db.Users.FindAsync(drafter.Id);
            await services.GetRequiredService<MembershipService>().GrantAsync(account!, Roles.Administrator);
            return 0;
        });
        using (browser)
        {
            await NetworkFixtures.PostAsync(browser, $"/{tenant.Slug}/admin/people/{drafter.Id}", $"/{tenant.Slug}/admin/people/{drafter.Id}/deactivate");
        }

        var signIn = await NetworkFixtures.TrySignInAsync(drafter.Email, drafter.Password);
        Assert.That(signIn.Status, Is.EqualTo(HttpStatusCode.Redirect), "the account still signs in");
        Assert.That((await NetworkFixtures.UserAsync(drafter.Id)).IsActive, Is.True);
        Assert.That((await NetworkFixtures.MembershipsAsync(tenant, drafter.Id)).Single().EndedAt, Is.Not.Null);
        Assert.That((await NetworkFixtures.MembershipsAsync(other, drafter.Id)).Single().EndedAt, Is.Null, "the other State's role stays");
    }

    [Test]
    public async Task The_last_administrator_cannot_be_deactivated_nor_lose_the_role_and_nobody_deactivates_themselves()
    {
        var (tenant, admin, browser) = await NetworkFixtures.AdministratorAsync();
        using (browser)
        {
            var alone = await NetworkFixtures.PostAsync(browser, $"/{tenant.Slug}/admin/people/{admin.Id}", $"/{tenant.Slug}/admin/people/{admin.Id}/deactivate");
            var aloneMessage = await browser.GetAsync($"/{tenant.Slug}/admin/people/{admin.Id}");
            var membership = (await NetworkFixtures.MembershipsAsync(tenant, admin.Id)).Single();
            await NetworkFixtures.PostAsync(browser, $"/{tenant.Slug}/admin/people/{admin.Id}", $"/{tenant.Slug}/admin/people/roles/{membership.Id}/end");
            var roleMessage = await browser.GetAsync($"/{tenant.Slug}/admin/people/{admin.Id}");
            await Fixtures.NewUserAsync(tenant, Roles.Administrator);
            await NetworkFixtures.PostAsync(browser, $"/{tenant.Slug}/admin/people/{admin.Id}", $"/{tenant.Slug}/admin/people/{admin.Id}/deactivate");
            var selfMessage = await browser.GetAsync($"/{tenant.Slug}/admin/people/{admin.Id}");

            Assert.That(alone, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(aloneMessage.Text, Does.Contain("This is the last active administrator of the State."));
            Assert.That(roleMessage.Text, Does.Contain("This is the last active administrator of the State."));
            Assert.That(selfMessage.Text, Does.Contain("You cannot deactivate your own account."));
        }

        Assert.That((await NetworkFixtures.UserAsync(admin.Id)).IsActive, Is.True);
        Assert.That((await NetworkFixtures.MembershipsAsync(tenant, admin.Id)).Single().EndedAt, Is.Null);
    }

    [Test]
    public async Task Removing_one_role_leaves_the_others()
    {
        var (tenant, _, browser) = await NetworkFixtures.AdministratorAsync();
        var ministry = await NetworkFixtures.AddInstitutionAsync(tenant, "Ministry of Defence");
        var person = await NetworkFixtures.AddPersonAsync(tenant, Roles.Drafter);
        await Fixtures.InTenantAsync(tenant, async (services, db) =>
        {
            var user = await db.Users.SingleAsync(u => u.Id == person.Id);
            return await services.GetRequiredService<MembershipService>().GrantAsync(user, Roles.Validator, ministry, false, "fixture");
        });
        var validator = (await NetworkFixtures.MembershipsAsync(tenant, person.Id)).Single(m => m.Role == Roles.Validator);
        using (browser)
        {
            var status = await NetworkFixtures.PostAsync(browser, $"/{tenant.Slug}/admin/people/{person.Id}", $"/{tenant.Slug}/admin/people/roles/{validator.Id}/end");

            Assert.That(status, Is.EqualTo(HttpStatusCode.Redirect));
        }

        var roles = await NetworkFixtures.MembershipsAsync(tenant, person.Id);
        Assert.That(roles.Single(m => m.Role == Roles.Validator).EndedAt, Is.Not.Null);
        Assert.That(roles.Single(m => m.Role == Roles.Drafter).EndedAt, Is.Null);
        Assert.That((await NetworkFixtures.UserAsync(person.Id)).IsActive, Is.True);
        Assert.That(await RoleClaimsAsync(tenant, person.Id), Is.EqualTo(new[] { Roles.Drafter }));
    }

    /// <summary>The roles the app gives the person on a request to the tenant.</summary>
    internal static Task<List<string>> RoleClaimsAsync(Simore.Core.Tenancy.Tenant tenant, Guid userId) =>
        Fixtures.InTenantAsync(tenant, async (services, _) =>
        {
            var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId.ToString())], "test"));
            var transformed = await services.GetRequiredService<IClaimsTransformation>().TransformAsync(principal);
            return transformed.FindAll(ClaimTypes.Role).Select(c => c.Value).Order(StringComparer.Ordinal).ToList();
        });
}
