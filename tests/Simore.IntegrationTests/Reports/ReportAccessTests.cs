using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Simore.Core.Identity;
using Simore.Core.Reports;
using Simore.Core.Reports.Jobs;

namespace Simore.IntegrationTests.Reports;

public sealed class ReportAccessTests
{
    [Test]
    public async Task Another_tenants_request_is_not_found_whatever_is_asked_of_it()
    {
        var scenario = await ReportScenario.CreateAsync();
        using var owner = await Fixtures.SignInAsync(scenario.Drafter);
        var id = await ReportScenario.RequestAsync(owner, scenario.Tenant, ReportKind.Matrix, ReportFormat.Csv);
        await ReportScenario.WaitAsync(scenario.Tenant, id);
        var other = await Fixtures.NewTenantAsync();
        using var stranger = await Fixtures.SignInAsync(await Fixtures.NewUserAsync(other, Roles.Drafter));

        foreach (var path in new[] { "", "/status", "/download", "/preview" })
        {
            var page = await stranger.GetAsync($"/{other.Slug}/reports/{id}{path}");
            Assert.That(page.Status, Is.EqualTo(HttpStatusCode.NotFound), path);
        }

        var list = await stranger.GetAsync($"/{other.Slug}/reports");
        var forged = await stranger.Client.PostAsync($"/{other.Slug}/reports/{id}/retry", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = list.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
        }));
        Assert.That(forged.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(list.Status, Is.EqualTo(HttpStatusCode.OK), "the stranger's own tenant works");
        var owned = await owner.GetAsync($"/{scenario.Tenant.Slug}/reports/{id}/download");
        Assert.That(owned.Status, Is.EqualTo(HttpStatusCode.OK));
    }

    [TestCase(Roles.FocalPoint)]
    [TestCase(Roles.Validator)]
    [TestCase(Roles.CivilSociety)]
    public async Task Other_roles_may_not_see_request_or_download_drafts(string role)
    {
        var scenario = await ReportScenario.CreateAsync();
        using var drafter = await Fixtures.SignInAsync(scenario.Drafter);
        var id = await ReportScenario.RequestAsync(drafter, scenario.Tenant, ReportKind.Matrix, ReportFormat.Csv);
        await ReportScenario.WaitAsync(scenario.Tenant, id);
        using var browser = await Fixtures.SignInAsync(await Fixtures.NewUserAsync(scenario.Tenant, role));

        var list = await browser.GetAsync($"/{scenario.Tenant.Slug}/reports");
        var download = await browser.GetAsync($"/{scenario.Tenant.Slug}/reports/{id}/download");

        Assert.That(list.Status, Is.EqualTo(HttpStatusCode.Redirect).Or.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(list.Location ?? string.Empty, Does.Contain("/account/denied").Or.Empty);
        Assert.That(download.Status, Is.EqualTo(HttpStatusCode.Redirect).Or.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(download.Html, Does.Not.Contain("Recommendation number"));
    }

    [Test]
    public async Task Visitors_are_sent_to_sign_in()
    {
        var scenario = await ReportScenario.CreateAsync();
        using var visitor = TestEnvironment.App.CreateBrowser();

        var page = await visitor.GetAsync($"/{scenario.Tenant.Slug}/reports");

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(page.Location, Does.Contain("/account/login"));
    }

    [Test]
    public async Task An_administrator_with_a_second_factor_makes_drafts_and_finds_them_in_the_workspace_menu()
    {
        var scenario = await ReportScenario.CreateAsync();
        using var admin = await Fixtures.SignInAsync(await Fixtures.NewUserAsync(scenario.Tenant, Roles.Administrator, twoFactor: true));

        var workspace = await admin.GetAsync($"/{scenario.Tenant.Slug}/admin");
        var id = await ReportScenario.RequestAsync(admin, scenario.Tenant, ReportKind.Matrix, ReportFormat.Xlsx);

        Assert.That(workspace.Document.QuerySelectorAll("a.dropdown-item").Select(a => a.GetAttribute("href")), Has.Some.EqualTo($"/{scenario.Tenant.Slug}/reports"));
        Assert.That((await ReportScenario.WaitAsync(scenario.Tenant, id)).State, Is.EqualTo(ReportState.Succeeded));
    }

    [Test]
    public async Task A_drafter_finds_the_page_in_the_navigation()
    {
        var scenario = await ReportScenario.CreateAsync();
        using var drafter = await Fixtures.SignInAsync(scenario.Drafter);

        var portal = await drafter.GetAsync($"/{scenario.Tenant.Slug}");

        Assert.That(portal.Document.QuerySelectorAll("a.nav-link").Select(a => a.GetAttribute("href")), Has.Some.EqualTo($"/{scenario.Tenant.Slug}/reports"));
    }

    [Test]
    public async Task A_format_the_kind_of_report_is_not_made_in_is_refused_with_a_reason()
    {
        var scenario = await ReportScenario.CreateAsync();
        using var drafter = await Fixtures.SignInAsync(scenario.Drafter);
        var page = await drafter.GetAsync($"/{scenario.Tenant.Slug}/reports");

        var refused = await drafter.SubmitAsync(page, new Dictionary<string, string> { ["Kind"] = "Matrix", ["Format"] = "Pdf" }, formAction: $"/{scenario.Tenant.Slug}/reports");
        var institutionless = await drafter.SubmitAsync(page, new Dictionary<string, string> { ["Kind"] = "Institution", ["Format"] = "Pdf" }, formAction: $"/{scenario.Tenant.Slug}/reports");

        Assert.That(refused.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(refused.Text, Does.Contain("Reports are made as PDF or Word; the implementation matrix as Excel or CSV."));
        Assert.That(institutionless.Text, Does.Contain("Choose the institution of the report."));
        Assert.That(await Fixtures.InTenantAsync(scenario.Tenant, (_, db) => db.ReportRequests.CountAsync()), Is.Zero);
    }

    [Test]
    public async Task The_history_shows_who_asked_when_with_which_options_and_the_progress_is_json()
    {
        var scenario = await ReportScenario.CreateAsync();
        using var drafter = await Fixtures.SignInAsync(scenario.Drafter);
        var id = await ReportScenario.RequestAsync(drafter, scenario.Tenant, ReportKind.Matrix, ReportFormat.Csv, new Dictionary<string, string> { ["IncludeUnpublished"] = "true", ["Cycle"] = "4" });
        await ReportScenario.WaitAsync(scenario.Tenant, id);

        var list = await drafter.GetAsync($"/{scenario.Tenant.Slug}/reports");
        var status = await drafter.Client.GetAsync($"/{scenario.Tenant.Slug}/reports/{id}/status");
        var json = System.Text.Json.JsonDocument.Parse(await status.Content.ReadAsStringAsync()).RootElement;

        var row = list.Document.QuerySelectorAll("tbody tr").Single().TextContent;
        Assert.That(row, Does.Contain(scenario.Drafter.Email));
        Assert.That(row, Does.Contain("Implementation matrix"));
        Assert.That(row, Does.Contain("Cycle 4").And.Contain("with unpublished follow-up"));
        Assert.That(row, Does.Contain("Ready"));
        Assert.That(list.Document.QuerySelectorAll("tbody a").Select(a => a.GetAttribute("href")), Has.Some.EqualTo($"/{scenario.Tenant.Slug}/reports/{id}/download"));
        Assert.That(json.GetProperty("state").GetString(), Is.EqualTo("Succeeded"));
        Assert.That(json.GetProperty("progress").GetInt32(), Is.EqualTo(100));
        Assert.That(json.GetProperty("done").GetBoolean(), Is.True);
    }

    [Test]
    public async Task A_failed_draft_gives_a_readable_reason_and_can_be_tried_again()
    {
        var scenario = await ReportScenario.CreateAsync();
        var elsewhere = await Fixtures.NewTenantAsync();
        var foreignInstitution = await Network.NetworkFixtures.AddInstitutionAsync(elsewhere, "Institution of another State");
        using var drafter = await Fixtures.SignInAsync(scenario.Drafter);
        var id = await Fixtures.InTenantAsync(scenario.Tenant, (services, _) => services.GetRequiredService<ReportRequests>()
            .CreateAsync(ReportKind.Institution, ReportFormat.Docx, new ReportOptions { InstitutionId = foreignInstitution }));

        var failed = await ReportScenario.WaitAsync(scenario.Tenant, id.Id);
        var page = await drafter.GetAsync($"/{scenario.Tenant.Slug}/reports/{id.Id}");
        await Fixtures.InTenantAsync(scenario.Tenant, async (_, db) =>
        {
            var request = await db.ReportRequests.SingleAsync(r => r.Id == id.Id);
            request.Options = request.Options with { InstitutionId = scenario.Institution };
            return await db.SaveChangesAsync();
        });
        var retried = await drafter.SubmitAsync(page, new Dictionary<string, string>(), formAction: $"/reports/{id.Id}/retry");
        var succeeded = await ReportScenario.WaitAsync(scenario.Tenant, id.Id);

        Assert.That(failed.State, Is.EqualTo(ReportState.Failed));
        Assert.That(failed.Error, Is.EqualTo(ReportFailure.InstitutionGone));
        Assert.That(page.Text, Does.Contain("The institution of this report no longer exists."));
        Assert.That(retried.Status, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(succeeded.State, Is.EqualTo(ReportState.Succeeded));
        Assert.That(succeeded.Attempts, Is.EqualTo(2));
        Assert.That(succeeded.Error, Is.Null);
    }

    [Test]
    public async Task Running_the_job_again_for_a_finished_draft_changes_nothing()
    {
        var scenario = await ReportScenario.CreateAsync();
        using var drafter = await Fixtures.SignInAsync(scenario.Drafter);
        var id = await ReportScenario.RequestAsync(drafter, scenario.Tenant, ReportKind.Matrix, ReportFormat.Xlsx);
        var first = await ReportScenario.WaitAsync(scenario.Tenant, id);

        using (var scope = TestEnvironment.App.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<ReportJob>().RunAsync(scenario.Tenant.Id, id, CancellationToken.None);
        }

        var again = await Fixtures.InTenantAsync(scenario.Tenant, (_, db) => db.ReportRequests.AsNoTracking().SingleAsync(r => r.Id == id));
        Assert.That((again.State, again.FileKey, again.Attempts, again.FinishedAt), Is.EqualTo((first.State, first.FileKey, first.Attempts, first.FinishedAt)));
        var retry = await Fixtures.InTenantAsync(scenario.Tenant, (services, _) => services.GetRequiredService<ReportRequests>().RetryAsync(id));
        Assert.That(retry, Is.False, "a draft that is ready is not made again");
    }

    [Test]
    public async Task A_job_for_another_tenants_request_finds_nothing_to_do()
    {
        var scenario = await ReportScenario.CreateAsync();
        var other = await Fixtures.NewTenantAsync();
        var request = await Fixtures.InTenantAsync(scenario.Tenant, (services, db) =>
        {
            var entity = new ReportRequest { Kind = ReportKind.Matrix, Format = ReportFormat.Csv, Language = "en", RequestedByName = "test", RequestedAt = DateTimeOffset.UtcNow };
            db.ReportRequests.Add(entity);
            return db.SaveChangesAsync().ContinueWith(_ => entity, TaskScheduler.Default);
        });

        using (var scope = TestEnvironment.App.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<ReportJob>().RunAsync(other.Id, request.Id, CancellationToken.None);
        }

        var unchanged = await Fixtures.InTenantAsync(scenario.Tenant, (_, db) => db.ReportRequests.AsNoTracking().SingleAsync(r => r.Id == request.Id));
        Assert.That(unchanged.State, Is.EqualTo(ReportState.Queued));
        Assert.That(unchanged.Attempts, Is.Zero);
    }
}
