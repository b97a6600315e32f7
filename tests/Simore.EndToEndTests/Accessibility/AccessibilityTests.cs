using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Simore.EndToEndTests.Accessibility;

/// <summary>
/// axe-core on the main public and workspace pages, as each is drawn in the browser, in English and
/// in Arabic (right to left): no serious or critical violation, colour contrast included.
/// </summary>
[TestFixture("en")]
[TestFixture("ar")]
public sealed class AccessibilityTests(string language) : BrowserTest
{
    private AccessibilitySite? _site;

    private AccessibilitySite Site => _site ?? throw new InvalidOperationException("The site is not set up.");

    [OneTimeSetUp]
    public async Task SetUpSiteAsync() => _site = await AccessibilitySite.SharedAsync();

    [Test]
    public Task Landing_page() => CheckAsync("visitor", $"/{Site.Slug}");

    [Test]
    public Task Search_with_results_and_facets() => CheckAsync("visitor", $"/{Site.Slug}/recommendations?q=education");

    [Test]
    public Task Recommendation_with_follow_up_and_discussion() => CheckAsync("visitor", $"/{Site.Slug}/recommendations/{Site.Recommendation}");

    [Test]
    public Task Registration() => CheckAsync("visitor", $"/{Site.Slug}/register");

    /// <summary>The form sent empty: the error summary and the fields as a person who made mistakes sees them.</summary>
    [Test]
    public Task Registration_with_errors() => CheckAsync("visitor", $"/{Site.Slug}/register", prepare: async page =>
    {
        await page.Locator($"form[action='/{Site.Slug}/register'] button[type=submit]").ClickAsync();
        await Expect(page.Locator("main .alert-danger")).ToBeVisibleAsync();
    });

    [Test]
    public Task Sign_in() => CheckAsync("visitor", "/account/login");

    [Test]
    public Task Work_list() => CheckAsync("focal point", $"/{Site.Slug}/work", Site.FocalPointState);

    [Test]
    public Task New_entry_form() => CheckAsync("focal point", $"/{Site.Slug}/work/entries/new?r={Site.Recommendation}", Site.FocalPointState);

    [Test]
    public Task Draft_entry_with_evidence() => CheckAsync("focal point", $"/{Site.Slug}/work/entries/{Site.Draft}", Site.FocalPointState);

    [Test]
    public Task Imports() => CheckAsync("administrator", $"/{Site.Slug}/admin/imports", Site.AdministratorState, async page =>
    {
        // With the workspace menu and the optional document details open, so that their items are checked too.
        await page.Locator("main details summary").ClickAsync();
        await Expect(page.Locator("#DocumentSymbol")).ToBeVisibleAsync();
        await page.Locator("#workspace-menu").ClickAsync();
        await Expect(page.Locator("#workspace-menu + .dropdown-menu")).ToBeVisibleAsync();
    });

    [Test]
    public Task Import_preview() => CheckAsync("administrator", $"/{Site.Slug}/admin/imports/{Site.PendingImport}", Site.AdministratorState);

    [Test]
    public Task Clusters() => CheckAsync("administrator", $"/{Site.Slug}/admin/clusters", Site.AdministratorState, async page =>
    {
        await page.Locator("main details summary").First.ClickAsync();
        await Expect(page.Locator("main details[open] select[name=InstitutionId]")).ToBeVisibleAsync();
    });

    [Test]
    public Task Moderation() => CheckAsync("administrator", $"/{Site.Slug}/moderation", Site.AdministratorState);

    [Test]
    public Task Report_drafts() => CheckAsync("administrator", $"/{Site.Slug}/reports", Site.AdministratorState);

    /// <summary>The draft's page once the job has made the file (the page reloads itself when it is done).</summary>
    [Test]
    public Task Report_draft_made() => CheckAsync("administrator", $"/{Site.Slug}/reports/{Site.Workspace.Report}", Site.AdministratorState, async page =>
        await Expect(page.Locator("#state-heading ~ p a[href$='/download']")).ToBeVisibleAsync(new() { Timeout = 180_000 }));

    /// <summary>The draft's page while it is being made: the progress bar and the live status line.</summary>
    [Test]
    public Task Report_draft_being_made() => CheckAsync("administrator", $"/{Site.Slug}/reports/{Site.Workspace.RunningReport}", Site.AdministratorState, async page =>
        await Expect(page.Locator("#report-status progress")).ToBeVisibleAsync());

    [Test]
    public Task Report_draft_failed() => CheckAsync("administrator", $"/{Site.Slug}/reports/{Site.Workspace.FailedReport}", Site.AdministratorState, async page =>
    {
        await page.Locator("main details summary").ClickAsync();
        await Expect(page.Locator("main details code")).ToBeVisibleAsync();
    });

    [Test]
    public Task Registry() => CheckAsync("administrator", $"/{Site.Slug}/admin/recommendations", Site.AdministratorState);

    [Test]
    public Task Registry_edit() => CheckAsync("administrator", $"/{Site.Slug}/admin/recommendations/{Site.Recommendation}/edit", Site.AdministratorState);

    [Test]
    public Task Registry_recommendation() => CheckAsync("administrator", $"/{Site.Slug}/admin/recommendations/{Site.Recommendation}", Site.AdministratorState);

    [Test]
    public Task Person() => CheckAsync("administrator", $"/{Site.Slug}/admin/people/{Site.Workspace.FocalPoint}", Site.AdministratorState);

    [Test]
    public Task Institution_edit() => CheckAsync("administrator", $"/{Site.Slug}/admin/institutions/{Site.Workspace.Ministry}/edit", Site.AdministratorState);

    [Test]
    public Task Working_group_edit() => CheckAsync("administrator", $"/{Site.Slug}/admin/working-groups/{Site.Workspace.WorkingGroup}/edit", Site.AdministratorState);

    [Test]
    public Task People() => CheckAsync("administrator", $"/{Site.Slug}/admin/people", Site.AdministratorState);

    [Test]
    public Task Institutions() => CheckAsync("administrator", $"/{Site.Slug}/admin/institutions", Site.AdministratorState);

    [Test]
    public Task Working_groups() => CheckAsync("administrator", $"/{Site.Slug}/admin/working-groups", Site.AdministratorState);

    [Test]
    public Task Working_group() => CheckAsync("administrator", $"/{Site.Slug}/admin/working-groups/{Site.Workspace.WorkingGroup}", Site.AdministratorState);

    private async Task CheckAsync(string who, string path, string? storageState = null, Func<IPage, Task>? prepare = null)
    {
        var persona = await PersonaAsync(who, language, storageState);
        await persona.GoAsync(path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "culture=" + language);
        Assert.That(await persona.Page.Locator("html").GetAttributeAsync("lang"), Is.EqualTo(language));
        if (prepare is not null)
        {
            await prepare(persona.Page);
        }

        await Axe.ExpectNoSeriousViolationsAsync(persona.Page);
    }
}
