using AngleSharp.Dom;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Simore.Core.Network;

namespace Simore.IntegrationTests.Network;

/// <summary>The institutions of a State through real HTTP: hierarchy, translations, unique names, concurrency.</summary>
public sealed class InstitutionTests
{
    [Test]
    public async Task An_institution_is_created_and_edited_with_a_parent_and_names_in_other_languages()
    {
        var (tenant, _, browser) = await NetworkFixtures.AdministratorAsync();
        using (browser)
        {
            var created = await browser.SubmitAsync(await browser.GetAsync($"/{tenant.Slug}/admin/institutions/new"), new Dictionary<string, string>
            {
                ["Name"] = "Ministry of Justice",
                ["Acronym"] = "MoJ",
                ["Branch"] = "Executive",
                ["NameTranslations[fr]"] = "Ministere de la Justice",
            });
            var ministryId = await IdOfAsync(tenant, "Ministry of Justice");
            var child = await browser.SubmitAsync(await browser.GetAsync($"/{tenant.Slug}/admin/institutions/new"), new Dictionary<string, string>
            {
                ["Name"] = "Prison Administration",
                ["Branch"] = "Executive",
                ["ParentId"] = NetworkFixtures.Id(ministryId),
            });
            var childId = await IdOfAsync(tenant, "Prison Administration");
            var edited = await browser.SubmitAsync(await browser.GetAsync($"/{tenant.Slug}/admin/institutions/{childId}/edit"), new Dictionary<string, string>
            {
                ["Name"] = "Prison Administration Directorate",
                ["NameTranslations[es]"] = "Direccion de Administracion Penitenciaria",
                ["IsActive"] = "false",
            });
            var list = await browser.FollowAsync(edited);

            Assert.That(created.Status, Is.EqualTo(HttpStatusCode.Redirect), created.Text);
            Assert.That(child.Status, Is.EqualTo(HttpStatusCode.Redirect), child.Text);
            Assert.That(edited.Status, Is.EqualTo(HttpStatusCode.Redirect), edited.Text);
            var rows = list.Document.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
            Assert.That(rows, Has.Count.EqualTo(2));
            Assert.That(rows[0], Does.Contain("Ministry of Justice").And.Contain("MoJ"));
            Assert.That(rows[1], Does.Contain("Prison Administration Directorate").And.Contain("Inactive"), "the child comes under its parent");
            await Fixtures.InTenantAsync(tenant, async (_, db) =>
            {
                var ministry = await db.Institutions.SingleAsync(i => i.Id == ministryId);
                var prisons = await db.Institutions.SingleAsync(i => i.Id == childId);
                Assert.That(ministry.NameTranslations["fr"], Is.EqualTo("Ministere de la Justice"));
                Assert.That(ministry.NameIn("fr"), Is.EqualTo("Ministere de la Justice"));
                Assert.That(prisons.ParentId, Is.EqualTo(ministryId));
                Assert.That(prisons.IsActive, Is.False);
                Assert.That(prisons.NameTranslations["es"], Is.EqualTo("Direccion de Administracion Penitenciaria"));
                Assert.That(await db.AuditEntries.CountAsync(a => a.EntityType == nameof(Institution) && a.EntityId == childId), Is.EqualTo(2), "created, then updated");
                return 0;
            });
        }
    }

    [Test]
    public async Task A_duplicate_name_is_refused_with_a_message_and_nothing_is_created()
    {
        var (tenant, _, browser) = await NetworkFixtures.AdministratorAsync();
        await NetworkFixtures.AddInstitutionAsync(tenant, "Ministry of Health");
        using (browser)
        {
            var refused = await browser.SubmitAsync(await browser.GetAsync($"/{tenant.Slug}/admin/institutions/new"), new Dictionary<string, string>
            {
                ["Name"] = "ministry of health",
                ["Branch"] = "Executive",
            });

            Assert.That(refused.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(refused.Text, Does.Contain("Another institution already has this name."));
            Assert.That(refused.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Name")!.Value, Is.EqualTo("ministry of health"), "the form keeps what was typed");
            Assert.That(await Fixtures.InTenantAsync(tenant, (_, db) => db.Institutions.CountAsync()), Is.EqualTo(1));
        }
    }

    [Test]
    public async Task The_same_name_in_another_state_is_no_duplicate()
    {
        var (tenant, _, browser) = await NetworkFixtures.AdministratorAsync();
        var other = await Fixtures.NewTenantAsync();
        await NetworkFixtures.AddInstitutionAsync(other, "Ministry of Foreign Affairs");
        using (browser)
        {
            var created = await browser.SubmitAsync(await browser.GetAsync($"/{tenant.Slug}/admin/institutions/new"), new Dictionary<string, string>
            {
                ["Name"] = "Ministry of Foreign Affairs",
                ["Branch"] = "Executive",
            });

            Assert.That(created.Status, Is.EqualTo(HttpStatusCode.Redirect), created.Text);
        }
    }

    [Test]
    public async Task An_institution_cannot_be_put_under_one_of_its_own_descendants()
    {
        var (tenant, _, browser) = await NetworkFixtures.AdministratorAsync();
        var ministry = await NetworkFixtures.AddInstitutionAsync(tenant, "Ministry of the Interior");
        var police = await NetworkFixtures.AddInstitutionAsync(tenant, "Police", ministry);
        var unit = await NetworkFixtures.AddInstitutionAsync(tenant, "Police Human Rights Unit", police);
        using (browser)
        {
            var edit = await browser.GetAsync($"/{tenant.Slug}/admin/institutions/{ministry}/edit");
            var offered = edit.Document.QuerySelectorAll("#ParentId option").Select(o => o.GetAttribute("value")).ToList();
            var refused = await browser.SubmitAsync(edit, new Dictionary<string, string> { ["ParentId"] = NetworkFixtures.Id(unit) });
            var itself = await browser.SubmitAsync(await browser.GetAsync($"/{tenant.Slug}/admin/institutions/{ministry}/edit"), new Dictionary<string, string> { ["ParentId"] = NetworkFixtures.Id(ministry) });

            Assert.That(offered, Does.Not.Contain(NetworkFixtures.Id(police)).And.Not.Contain(NetworkFixtures.Id(unit)).And.Not.Contain(NetworkFixtures.Id(ministry)));
            Assert.That(refused.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(refused.Text, Does.Contain("Choose a parent institution that is not this institution or one below it."));
            Assert.That(itself.Text, Does.Contain("Choose a parent institution that is not this institution or one below it."));
            Assert.That(await Fixtures.InTenantAsync(tenant, (_, db) => db.Institutions.Where(i => i.Id == ministry).Select(i => i.ParentId).SingleAsync()), Is.Null);
        }
    }

    [Test]
    public async Task Two_people_editing_the_same_institution_the_second_save_is_refused_with_the_other_version_shown()
    {
        var (tenant, _, first) = await NetworkFixtures.AdministratorAsync();
        var otherAdmin = await Fixtures.NewUserAsync(tenant, Simore.Core.Identity.Roles.Administrator, twoFactor: true);
        using var second = await Fixtures.SignInAsync(otherAdmin);
        var id = await NetworkFixtures.AddInstitutionAsync(tenant, "Ombudsman");
        using (first)
        {
            var formOfFirst = await first.GetAsync($"/{tenant.Slug}/admin/institutions/{id}/edit");
            var formOfSecond = await second.GetAsync($"/{tenant.Slug}/admin/institutions/{id}/edit");

            var saved = await first.SubmitAsync(formOfFirst, new Dictionary<string, string> { ["Acronym"] = "HRO", ["Branch"] = "Independent" });
            var refused = await second.SubmitAsync(formOfSecond, new Dictionary<string, string> { ["Acronym"] = "OMB" });
            var again = await second.SubmitAsync(refused, new Dictionary<string, string> { ["Acronym"] = "OMB" });

            Assert.That(saved.Status, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(refused.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(refused.Text, Does.Contain("Someone else changed this institution").And.Contain("HRO"));
            Assert.That(again.Status, Is.EqualTo(HttpStatusCode.Redirect), "saving again after seeing their version works");
            var acronym = await Fixtures.InTenantAsync(tenant, (_, db) => db.Institutions.Where(i => i.Id == id).Select(i => i.Acronym).SingleAsync());
            Assert.That(acronym, Is.EqualTo("OMB"));
        }
    }

    private static Task<long> IdOfAsync(Simore.Core.Tenancy.Tenant tenant, string name) =>
        Fixtures.InTenantAsync(tenant, (_, db) => db.Institutions.Where(i => i.Name == name).Select(i => i.Id).SingleAsync());
}
