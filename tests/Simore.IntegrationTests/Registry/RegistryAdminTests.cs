using System.Net;
using Microsoft.EntityFrameworkCore;
using Simore.Core.Identity;
using Simore.Core.Registry;

namespace Simore.IntegrationTests.Registry;

/// <summary>The administrator's workspace through real HTTP: filters, bulk actions, edits with history, isolation.</summary>
public sealed class RegistryAdminTests
{
    private static readonly string Cycle4 = Fixtures.DataFile("ohchr", "SVN_cycle4_UPR48_thematic_list.docx");

    [Test]
    public async Task Filters_count_what_they_select()
    {
        var (tenant, browser) = await AdministratorWithListAsync();
        using (browser)
        {
            var noted = await browser.GetAsync($"/{tenant.Slug}/admin/recommendations?position=Noted");
            var theme = await browser.GetAsync($"/{tenant.Slug}/admin/recommendations?theme=ratification-accession");
            var byState = await browser.GetAsync($"/{tenant.Slug}/admin/recommendations?state=MDV");
            var text = await browser.GetAsync($"/{tenant.Slug}/admin/recommendations?q=statelessness");

            Assert.That(Count(noted), Is.EqualTo(37));
            var expectedTheme = await Fixtures.InTenantAsync(tenant, (_, db) => db.Recommendations.CountAsync(r => r.Themes.Any(t => t.ThemeCode == "ratification-accession")));
            Assert.That(Count(theme), Is.EqualTo(expectedTheme).And.GreaterThan(0));
            var expectedState = await Fixtures.InTenantAsync(tenant, (_, db) => db.Recommendations.CountAsync(r => r.States.Any(s => s.CountryCode == "MDV")));
            Assert.That(Count(byState), Is.EqualTo(expectedState).And.GreaterThan(0));
            Assert.That(Count(text), Is.GreaterThan(0));
            Assert.That(text.Document.QuerySelectorAll("tbody tr").Select(r => r.TextContent).All(t => t.Contains("statelessness", StringComparison.OrdinalIgnoreCase)));
        }
    }

    [Test]
    public async Task A_bulk_action_assigns_the_ticked_recommendations_to_a_cluster()
    {
        var (tenant, browser) = await AdministratorWithListAsync();
        using (browser)
        {
            var clusters = await browser.GetAsync($"/{tenant.Slug}/admin/clusters");
            await browser.SubmitAsync(clusters, new Dictionary<string, string> { ["Name"] = "Justice and security" }, formAction: $"/{tenant.Slug}/admin/clusters");
            var clusterId = await Fixtures.InTenantAsync(tenant, (_, db) => db.Clusters.Where(c => c.Name == "Justice and security").Select(c => c.Id).SingleAsync());
            var ids = await Fixtures.InTenantAsync(tenant, (_, db) => db.Recommendations.OrderBy(r => r.SortKey).Take(3).Select(r => r.Id).ToListAsync());
            var list = await browser.GetAsync($"/{tenant.Slug}/admin/recommendations");
            var form = list.Form($"/{tenant.Slug}/admin/recommendations/bulk");
            var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

            var response = await browser.Client.PostAsync($"/{tenant.Slug}/admin/recommendations/bulk", new FormUrlEncodedContent(
                ids.Select(id => new KeyValuePair<string, string>("Ids", id.ToString(System.Globalization.CultureInfo.InvariantCulture)))
                    .Append(new("Action", "AssignCluster"))
                    .Append(new("ClusterId", clusterId.ToString(System.Globalization.CultureInfo.InvariantCulture)))
                    .Append(new("__RequestVerificationToken", token))));

            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(await Fixtures.InTenantAsync(tenant, (_, db) => db.Recommendations.CountAsync(r => r.ClusterId == clusterId)), Is.EqualTo(3));
        }
    }

    [Test]
    public async Task Changing_the_official_text_needs_a_reason_and_keeps_the_previous_text()
    {
        var (tenant, browser) = await AdministratorWithListAsync();
        using (browser)
        {
            var id = await IdOfAsync(tenant, "140.7");
            var edit = await browser.GetAsync($"/{tenant.Slug}/admin/recommendations/{id}/edit");

            var refused = await browser.SubmitAsync(edit, new Dictionary<string, string> { ["Text"] = "Ratify the Optional Protocol (corrected)" });
            var accepted = await browser.SubmitAsync(await browser.GetAsync($"/{tenant.Slug}/admin/recommendations/{id}/edit"), new Dictionary<string, string>
            {
                ["Text"] = "Ratify the Optional Protocol (corrected)",
                ["TextChangeReason"] = "Corrigendum A/HRC/59/15/Corr.1",
            });
            var details = await browser.FollowAsync(accepted);

            Assert.That(refused.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(refused.Text, Does.Contain("give the reason for the correction"));
            Assert.That(accepted.Status, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(details.Text, Does.Contain("Corrigendum A/HRC/59/15/Corr.1"));
            await Fixtures.InTenantAsync(tenant, async (_, db) =>
            {
                var revision = await db.RecommendationRevisions.SingleAsync(r => r.RecommendationId == id);
                Assert.That(revision.PreviousText, Does.StartWith("Ratify the Optional Protocol to the International Covenant"));
                var audit = await db.AuditEntries.Where(a => a.EntityId == id && a.Action == "Updated").OrderByDescending(a => a.Id).FirstAsync();
                Assert.That(audit.Changes, Does.Contain("\"Text\"").And.Contain("(corrected)").And.Contain("International Covenant"));
                Assert.That(audit.UserName, Does.StartWith("administrator-"));
                return 0;
            });
        }
    }

    [Test]
    public async Task Two_people_editing_the_same_recommendation_the_second_save_is_refused_with_the_other_version_shown()
    {
        var (tenant, first) = await AdministratorWithListAsync();
        var otherAdmin = await Fixtures.NewUserAsync(tenant, Roles.Administrator, twoFactor: true);
        using var second = await Fixtures.SignInAsync(otherAdmin);
        using (first)
        {
            var id = await IdOfAsync(tenant, "140.8");
            var formOfFirst = await first.GetAsync($"/{tenant.Slug}/admin/recommendations/{id}/edit");
            var formOfSecond = await second.GetAsync($"/{tenant.Slug}/admin/recommendations/{id}/edit");

            var saved = await first.SubmitAsync(formOfFirst, new Dictionary<string, string> { ["ShortTitle"] = "First person's title" });
            var refused = await second.SubmitAsync(formOfSecond, new Dictionary<string, string> { ["ShortTitle"] = "Second person's title" });

            Assert.That(saved.Status, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(refused.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(refused.Text, Does.Contain("Someone else saved this recommendation"));
            Assert.That(await Fixtures.InTenantAsync(tenant, (_, db) => db.Recommendations.Where(r => r.Id == id).Select(r => r.ShortTitle).SingleAsync()), Is.EqualTo("First person's title"));
        }
    }

    [Test]
    public async Task Another_tenants_recommendation_answers_404_to_every_action_and_is_not_changed()
    {
        var (tenant, browser) = await AdministratorWithListAsync();
        var other = await Fixtures.NewTenantAsync();
        var idOfOther = (await Fixtures.AddRecommendationsAsync(other, "Protect the journalists of B"))[0];
        using (browser)
        {
            var details = await browser.GetAsync($"/{tenant.Slug}/admin/recommendations/{idOfOther}");
            var edit = await browser.GetAsync($"/{tenant.Slug}/admin/recommendations/{idOfOther}/edit");
            var ownEdit = await browser.GetAsync($"/{tenant.Slug}/admin/recommendations/{await IdOfAsync(tenant, "140.7")}/edit");
            var token = ownEdit.Form().QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
            var post = await browser.Client.PostAsync($"/{tenant.Slug}/admin/recommendations/{idOfOther}/position", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Position"] = "Noted",
                ["__RequestVerificationToken"] = token,
            }));

            Assert.That(details.Status, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(edit.Status, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(post.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(await Fixtures.InTenantAsync(other, (_, db) => db.Recommendations.Where(r => r.Id == idOfOther).Select(r => r.Position).SingleAsync()), Is.EqualTo(Position.Supported));
        }
    }

    [Test]
    public async Task Recording_a_position_keeps_a_dated_history()
    {
        var (tenant, browser) = await AdministratorWithListAsync();
        using (browser)
        {
            var id = await IdOfAsync(tenant, "140.230");
            var details = await browser.GetAsync($"/{tenant.Slug}/admin/recommendations/{id}");

            await browser.SubmitAsync(details, new Dictionary<string, string>
            {
                ["Position"] = "Supported",
                ["Source"] = "Mid-term report 2027",
                ["DecidedOn"] = "2027-07-01",
            }, formAction: $"/{id}/position");

            await Fixtures.InTenantAsync(tenant, async (_, db) =>
            {
                var history = await db.PositionChanges.Where(p => p.RecommendationId == id).OrderBy(p => p.Id).ToListAsync();
                Assert.That(history.Select(h => h.Position), Is.EqualTo(new[] { Position.Noted, Position.Supported }));
                Assert.That(history[1].DecidedOn, Is.EqualTo(new DateOnly(2027, 7, 1)));
                Assert.That(history[1].Source, Is.EqualTo("Mid-term report 2027"));
                return 0;
            });
        }
    }

    [Test]
    public async Task Creating_a_treaty_body_recommendation_by_hand()
    {
        var (tenant, browser) = await AdministratorWithListAsync();
        using (browser)
        {
            var form = await browser.GetAsync($"/{tenant.Slug}/admin/recommendations/new");
            var result = await browser.SubmitAsync(form, new Dictionary<string, string>
            {
                ["DocumentId"] = string.Empty,
                ["NewSymbol"] = "CEDAW/C/SVN/CO/7",
                ["NewBodyCode"] = "CEDAW",
                ["Paragraph"] = "12 (b)",
                ["Text"] = "Adopt a comprehensive strategy to eliminate gender stereotypes.",
                ["Position"] = "Supported",
            });

            Assert.That(result.Status, Is.EqualTo(HttpStatusCode.Redirect), result.Text);
            await Fixtures.InTenantAsync(tenant, async (_, db) =>
            {
                var r = await db.Recommendations.Include(x => x.Document).SingleAsync(x => x.Paragraph == "12 (b)");
                Assert.That(r.Document!.Mechanism, Is.EqualTo(Mechanism.TreatyBody));
                Assert.That(r.Document.BodyCode, Is.EqualTo("CEDAW"));
                return 0;
            });
        }
    }

    private static async Task<(Simore.Core.Tenancy.Tenant Tenant, Browser Browser)> AdministratorWithListAsync()
    {
        var tenant = await Fixtures.NewTenantAsync();
        await Fixtures.ImportAsync(tenant, Cycle4);
        var admin = await Fixtures.NewUserAsync(tenant, Roles.Administrator, twoFactor: true);
        return (tenant, await Fixtures.SignInAsync(admin));
    }

    private static Task<long> IdOfAsync(Simore.Core.Tenancy.Tenant tenant, string paragraph) =>
        Fixtures.InTenantAsync(tenant, (_, db) => db.Recommendations.Where(r => r.Paragraph == paragraph).Select(r => r.Id).SingleAsync());

    private static int Count(Browser.Page page) =>
        int.Parse(new string(page.Document.QuerySelector("[role=status]")!.TextContent.Where(char.IsDigit).ToArray()), System.Globalization.CultureInfo.InvariantCulture);
}
