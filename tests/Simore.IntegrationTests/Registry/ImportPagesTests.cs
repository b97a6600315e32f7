using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Simore.Core.Identity;

namespace Simore.IntegrationTests.Registry;

/// <summary>The administrator's import pages: upload, preview (nothing written), confirm, error report.</summary>
public sealed class ImportPagesTests
{
    [Test]
    public async Task Upload_preview_confirm_writes_only_after_confirmation()
    {
        var (tenant, browser) = await AdministratorAsync();
        using (browser)
        {
            var index = await browser.GetAsync($"/{tenant.Slug}/admin/imports");
            var uploaded = await browser.UploadAsync(index, "/admin/imports", "File", "SVN_cycle4_UPR48_thematic_list.docx",
                await File.ReadAllBytesAsync(Fixtures.DataFile("ohchr", "SVN_cycle4_UPR48_thematic_list.docx")), new Dictionary<string, string> { ["ClustersFromHeadings"] = "true" });
            var preview = await browser.FollowAsync(uploaded);
            var beforeConfirm = await Fixtures.InTenantAsync(tenant, (_, db) => db.Recommendations.CountAsync());

            var confirmed = await browser.SubmitAsync(preview, new Dictionary<string, string>(), formAction: "/commit");
            var after = await browser.FollowAsync(confirmed);

            Assert.That(uploaded.Location, Does.Match(@"/admin/imports/\d+$"));
            Assert.That(preview.Text, Does.Contain("254"));
            Assert.That(beforeConfirm, Is.Zero, "a preview writes nothing to the registry");
            Assert.That(after.Text, Does.Contain("Imported: 254 created, 0 updated, 0 unchanged."));
            Assert.That(await Fixtures.InTenantAsync(tenant, (_, db) => db.Recommendations.CountAsync()), Is.EqualTo(254));
            Assert.That(await Fixtures.InTenantAsync(tenant, (_, db) => db.Clusters.CountAsync()), Is.GreaterThan(10));
        }
    }

    [Test]
    public async Task A_file_with_bad_rows_is_refused_whole_and_its_problems_download_as_a_spreadsheet_in_the_users_language()
    {
        var (tenant, browser) = await AdministratorAsync();
        var csv = "To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session\r" +
            "Slovenia,EEG,EU,Ratify the convention,Portugal,WEOG,EU,Accepted,5,International instruments,13\r" +
            "Slovenia,EEG,EU,Protect journalists,Atlantis,WEOG,EU,Accepted,4,Freedom of expression,13\r" +
            "Slovenia,EEG,EU,Adopt a plan,Spain,WEOG,EU,Maybe later,3,Justice,13\r";
        using (browser)
        {
            await browser.GetAsync($"/{tenant.Slug}/admin/imports?culture=fr");
            var index = await browser.GetAsync($"/{tenant.Slug}/admin/imports");
            var preview = await browser.FollowAsync(await browser.UploadAsync(index, "/admin/imports", "File", "uprinfo.csv", Encoding.UTF8.GetBytes(csv)));
            var report = await browser.Client.GetAsync(preview.Document.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).First(h => h?.EndsWith("problems.xlsx", StringComparison.Ordinal) == true));
            using var workbook = new MemoryStream(await report.Content.ReadAsByteArrayAsync());
            var rows = workbook.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();

            Assert.That(preview.Document.QuerySelector("form[action$='/commit']"), Is.Null, "nothing to confirm");
            Assert.That(rows.Select(r => Convert.ToInt32(r["Ligne"], System.Globalization.CultureInfo.InvariantCulture)), Is.EquivalentTo(new[] { 3, 4 }));
            Assert.That(rows.Select(r => (string)r["Problème"]!), Has.Some.Contains("Atlantis"));
            Assert.That(await Fixtures.InTenantAsync(tenant, (_, db) => db.Recommendations.CountAsync()), Is.Zero);
        }
    }

    [Test]
    public async Task A_generic_sheet_asks_for_its_columns_before_the_preview()
    {
        var (tenant, browser) = await AdministratorAsync();
        var csv = "No.;Recommendation;Recommended by;Decision\n12 (a);Adopt a national action plan on business and human rights;Norway;accepted\n12 (b);Ensure remedies for victims;Ghana;noted\n";
        using (browser)
        {
            var index = await browser.GetAsync($"/{tenant.Slug}/admin/imports");
            var mapping = await browser.FollowAsync(await browser.UploadAsync(index, "/admin/imports", "File", "national-list.csv", Encoding.UTF8.GetBytes(csv)));
            var preview = await browser.FollowAsync(await browser.SubmitAsync(mapping, new Dictionary<string, string>
            {
                ["Columns[Text]"] = "Recommendation",
                ["Columns[Paragraph]"] = "No.",
                ["Columns[RecommendingStates]"] = "Recommended by",
                ["Columns[Position]"] = "Decision",
                ["DocumentSymbol"] = "A/HRC/53/26/Add.1",
                ["BodyCode"] = "SP",
                ["Mandate"] = "Working Group on business and human rights",
            }));
            await browser.SubmitAsync(preview, new Dictionary<string, string>(), formAction: "/commit");

            Assert.That(mapping.Location, Is.Null);
            Assert.That(mapping.Url, Does.EndWith("/mapping"));
            Assert.That(preview.Text, Does.Contain("A/HRC/53/26/Add.1 12 (a)"));
            await Fixtures.InTenantAsync(tenant, async (_, db) =>
            {
                var rows = await db.Recommendations.Include(r => r.Document).Include(r => r.States).OrderBy(r => r.SortKey).ToListAsync();
                Assert.That(rows.Select(r => r.Paragraph), Is.EqualTo(new[] { "12 (a)", "12 (b)" }));
                Assert.That(rows[0].Document!.Mechanism, Is.EqualTo(Simore.Core.Registry.Mechanism.SpecialProcedure));
                Assert.That(rows[0].Document!.Mandate, Is.EqualTo("Working Group on business and human rights"));
                Assert.That(rows[1].Position, Is.EqualTo(Simore.Core.Registry.Position.Noted));
                Assert.That(rows[1].States.Single().CountryCode, Is.EqualTo("GHA"));
                return 0;
            });
        }
    }

    private static async Task<(Simore.Core.Tenancy.Tenant Tenant, Browser Browser)> AdministratorAsync()
    {
        var tenant = await Fixtures.NewTenantAsync();
        var admin = await Fixtures.NewUserAsync(tenant, Roles.Administrator, twoFactor: true);
        return (tenant, await Fixtures.SignInAsync(admin));
    }
}
