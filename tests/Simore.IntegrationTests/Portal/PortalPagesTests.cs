using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Simore.Core.FollowUp;
using Simore.Core.Identity;

namespace Simore.IntegrationTests.Portal;

/// <summary>The anonymous portal through real HTTP: search page, recommendation page, dashboard.</summary>
public sealed class PortalPagesTests
{
    private static KnownData _data = null!;

    [OneTimeSetUp]
    public async Task CreateData() => _data = await PortalFixtures.KnownAsync();

    private static string Slug => _data.Tenant.Slug;

    [Test]
    public async Task The_search_page_shows_counts_for_every_facet_and_links_that_add_a_filter()
    {
        using var visitor = TestEnvironment.App.CreateBrowser();
        var page = await visitor.GetAsync($"/{Slug}/recommendations?mechanism=Upr");

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page.Document.QuerySelector("[role=status]")!.TextContent, Does.Contain("4 recommendations found"));
        var statusFacet = page.Document.QuerySelectorAll("nav.facet").Single(n => n.QuerySelector("h3")!.TextContent == "Implementation status");
        var values = statusFacet.QuerySelectorAll("li").Select(li => li.TextContent.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToDictionary(p => p[0], p => p[1]);
        Assert.That(values, Is.EquivalentTo(new Dictionary<string, string> { ["No information"] = "2", ["Fully implemented"] = "1", ["Partially implemented"] = "1" }));
        var link = statusFacet.QuerySelectorAll("a").Single(a => a.TextContent == "No information").GetAttribute("href");
        Assert.That(link, Is.EqualTo($"/{Slug}/recommendations?mechanism=Upr&status=none"));

        var narrowed = await visitor.GetAsync(link!);
        Assert.That(narrowed.Document.QuerySelector("[role=status]")!.TextContent, Does.Contain("2 recommendations found"));
        var chip = narrowed.Document.QuerySelectorAll("a.filter-chip").Single(a => a.TextContent.Contains("No information", StringComparison.Ordinal));
        Assert.That(chip.GetAttribute("href"), Is.EqualTo($"/{Slug}/recommendations?mechanism=Upr"));
    }

    [Test]
    public async Task Cluster_and_institution_facets_are_named_in_the_readers_language()
    {
        var data = await PortalFixtures.KnownAsync();
        await Fixtures.InTenantAsync(data.Tenant, async (_, db) =>
        {
            (await db.Institutions.SingleAsync(i => i.Id == data.Labour)).NameTranslations = new() { ["fr"] = "Ministère du Travail", ["es"] = " " };
            (await db.Clusters.SingleAsync(c => c.Id == data.Cluster)).NameTranslations = new() { ["fr"] = "Non-discrimination (fr)" };
            return await db.SaveChangesAsync();
        });
        using var visitor = TestEnvironment.App.CreateBrowser();

        string[] Facet(AngleSharp.Dom.IDocument document, string title) =>
            [.. document.QuerySelectorAll("nav.facet").Single(n => n.QuerySelector("h3")!.TextContent == title).QuerySelectorAll("li a").Select(a => a.TextContent)];

        var french = (await visitor.GetAsync($"/{data.Tenant.Slug}/recommendations?culture=fr")).Document;
        var spanish = (await visitor.GetAsync($"/{data.Tenant.Slug}/recommendations?culture=es")).Document;

        Assert.Multiple(() =>
        {
            Assert.That(Facet(french, "Institution responsable"), Does.Contain("Ministère du Travail"));
            Assert.That(Facet(french, "Groupe thématique"), Is.EqualTo(new[] { "Non-discrimination (fr)" }));
            Assert.That(Facet(spanish, "Institución responsable"), Does.Contain("Ministry of Labour"), "a blank translation falls back to the name");
        });
    }

    [Test]
    public async Task Every_result_page_is_a_shareable_url()
    {
        using var visitor = TestEnvironment.App.CreateBrowser();
        var first = await visitor.GetAsync($"/{Slug}/recommendations?pageSize=4&sort=reference");
        var next = first.Document.QuerySelectorAll(".pagination a").Single(a => a.TextContent == "Next").GetAttribute("href")!;
        var second = await visitor.GetAsync(next);

        Assert.That(next, Is.EqualTo($"/{Slug}/recommendations?sort=reference&pageSize=4&page=2"));
        Assert.That(second.Text, Does.Contain("Collect data on violence against women"));
        Assert.That(second.Text, Does.Not.Contain("Ensure inclusive education"));
        Assert.That(second.Text, Does.Contain("Page 2 of 2"));
    }

    [Test]
    public async Task A_malformed_filter_is_ignored_not_an_error()
    {
        using var visitor = TestEnvironment.App.CreateBrowser();
        var page = await visitor.GetAsync($"/{Slug}/recommendations?year=abc&mechanism=Nothing&page=-3");

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page.Document.QuerySelector("[role=status]")!.TextContent, Does.Contain("6 recommendations found"));
    }

    [Test]
    public async Task The_recommendation_page_shows_published_follow_up_related_recommendations_and_tags()
    {
        using var visitor = TestEnvironment.App.CreateBrowser();
        var page = await visitor.GetAsync($"/{Slug}/recommendations/{_data["u1"]}");

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page.Text, Does.Contain(PortalFixtures.PublishedText));
        Assert.That(page.Text, Does.Contain("Ministry of Labour"));
        Assert.That(page.Text, Does.Contain("Fully implemented"));
        Assert.That(page.Text, Does.Contain("Non-discrimination"));
        Assert.That(page.Text, Does.Contain("Portugal"));
        var related = page.Document.QuerySelector("section[aria-labelledby=related-heading]")!;
        Assert.That(related.TextContent, Does.Contain("CEDAW/C/SVN/CO/7"));
        Assert.That(related.TextContent, Does.Contain("Same concern, another mechanism"));
    }

    [Test]
    public async Task Unpublished_follow_up_never_reaches_the_public()
    {
        using var visitor = TestEnvironment.App.CreateBrowser();
        var page = await visitor.GetAsync($"/{Slug}/recommendations/{_data["u3"]}");
        var search = await visitor.GetAsync($"/{Slug}/recommendations?q=confidential+timetable");
        var dashboard = await visitor.Client.GetStringAsync($"/{Slug}/dashboard.json");

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page.Text, Does.Not.Contain(PortalFixtures.UnpublishedText));
        Assert.That(page.Text, Does.Contain("No follow-up has been published yet."));
        Assert.That(page.Text, Does.Contain("No information"), "the validated entry's proposed status is not the public status");
        Assert.That(search.Document.QuerySelector("[role=status]")!.TextContent, Does.Contain("0 recommendations found"));
        Assert.That(dashboard, Does.Not.Contain("timetable"));
    }

    [Test]
    public async Task Another_tenants_recommendation_answers_404()
    {
        var other = await Fixtures.NewTenantAsync();
        using var visitor = TestEnvironment.App.CreateBrowser();
        var page = await visitor.GetAsync($"/{other.Slug}/recommendations/{_data["u1"]}");
        var unknownTenant = await visitor.GetAsync($"/nosuchstate/recommendations/{_data["u1"]}");

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(unknownTenant.Status, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task The_dashboard_json_counts_by_status_along_each_dimension()
    {
        using var visitor = TestEnvironment.App.CreateBrowser();
        using var json = JsonDocument.Parse(await visitor.Client.GetStringAsync($"/{Slug}/dashboard.json"));
        var root = json.RootElement;
        var statuses = root.GetProperty("statuses").EnumerateArray().Select(s => s.GetProperty("key").GetString()).ToList();
        int[] Bar(string chart, string label) => root.GetProperty("charts").EnumerateArray()
            .Single(c => c.GetProperty("id").GetString() == chart).GetProperty("bars").EnumerateArray()
            .Single(b => b.GetProperty("label").GetString() == label).GetProperty("counts").EnumerateArray().Select(c => c.GetInt32()).ToArray();

        Assert.That(statuses, Is.EqualTo(new[] { "FullyImplemented", "PartiallyImplemented", "InProgress", "NotStarted", "none" }));
        Assert.That(root.GetProperty("total").GetInt32(), Is.EqualTo(6));
        Assert.That(root.GetProperty("overall").EnumerateArray().Select(c => c.GetInt32()), Is.EqualTo(new[] { 1, 1, 1, 0, 3 }));
        Assert.That(Bar("mechanism", "Universal Periodic Review"), Is.EqualTo(new[] { 1, 1, 0, 0, 2 }));
        Assert.That(Bar("institution", "Ministry of Labour"), Is.EqualTo(new[] { 1, 0, 0, 0, 1 }));
        Assert.That(Bar("sdg", "5. Gender equality"), Is.EqualTo(new[] { 0, 0, 1, 0, 1 }));
        Assert.That(Bar("cluster", "Non-discrimination"), Is.EqualTo(new[] { 1, 1, 0, 0, 0 }));
        var overTime = root.GetProperty("overTime");
        var lastMonth = overTime.GetProperty("series").EnumerateArray().Select(s => s.EnumerateArray().Last().GetInt32());
        Assert.That(lastMonth, Is.EqualTo(new[] { 1, 1, 1, 0, 3 }));
    }

    [Test]
    public async Task The_landing_page_has_the_calendar_the_charts_and_their_tables()
    {
        using var visitor = TestEnvironment.App.CreateBrowser();
        var page = await visitor.GetAsync($"/{Slug}");

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page.Document.QuerySelectorAll("canvas[data-chart]").Select(c => c.GetAttribute("data-chart")),
            Is.SupersetOf(new[] { "cluster", "mechanism", "institution", "sdg", "position", "overTime" }));
        Assert.That(page.Document.QuerySelectorAll("figure details table").Length, Is.EqualTo(page.Document.QuerySelectorAll("canvas[data-chart]").Length), "a table for every chart");
        Assert.That(page.Text, Does.Contain("CEDAW/C/SVN/CO/7"));
        Assert.That(page.Html, Does.Contain("/lib/chartjs/chart.umd.min.js"));
        var assets = page.Document.QuerySelectorAll("script[src], link[href]").Select(e => e.GetAttribute("src") ?? e.GetAttribute("href")!).ToList();
        Assert.That(assets, Is.Not.Empty.And.All.Matches<string>(a => a.StartsWith('/') && !a.StartsWith("//", StringComparison.Ordinal)), "front-end files come from the app itself, never from another host");
    }

    [Test]
    public async Task Anonymous_pages_set_no_cookie_and_offer_languages_as_links()
    {
        using var visitor = TestEnvironment.App.CreateBrowser();
        using var response = await visitor.Client.GetAsync($"/{Slug}/recommendations?q=Roma");
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(response.Headers.Contains("Set-Cookie"), Is.False);
        Assert.That(html, Does.Not.Contain("method=\"post\""));
        Assert.That(html, Does.Contain($"href=\"/{Slug}/recommendations?q=Roma&amp;culture=fr\""));
    }

    [Test]
    public async Task The_portal_speaks_the_language_of_the_link()
    {
        using var visitor = TestEnvironment.App.CreateBrowser();
        var french = await visitor.GetAsync($"/{Slug}/recommendations?culture=fr&mechanism=Upr");
        var arabic = await visitor.GetAsync($"/{Slug}?culture=ar");

        Assert.That(french.Document.QuerySelector("[role=status]")!.TextContent, Does.Contain("4"));
        Assert.That(french.Document.DocumentElement.GetAttribute("lang"), Is.EqualTo("fr"));
        Assert.That(french.Text, Does.Contain("Pleinement mise en œuvre"));
        Assert.That(arabic.Document.DocumentElement.GetAttribute("dir"), Is.EqualTo("rtl"));
    }

    [Test]
    public async Task Anonymous_readers_share_a_cached_page_that_a_saved_change_refreshes()
    {
        var data = await PortalFixtures.KnownAsync();
        using var visitor = TestEnvironment.App.CreateBrowser();
        var url = $"/{data.Tenant.Slug}/recommendations?q=violence";
        var before = await visitor.GetAsync(url);

        // A change behind the application's back is not seen until the page expires...
        await Fixtures.InTenantAsync(data.Tenant, (_, db) => db.Database.ExecuteSqlAsync($"UPDATE recommendations SET text = text || ' violence' WHERE id = {data["c1"]}"));
        var cached = await visitor.GetAsync(url);

        // ...while a signed-in user always reads the database, and a change saved by the app is seen at once.
        using var admin = await Fixtures.SignInAsync(await Fixtures.NewUserAsync(data.Tenant, Roles.Drafter));
        var signedIn = await admin.GetAsync(url);
        var author = await Fixtures.NewUserAsync(data.Tenant, Roles.FocalPoint);
        await PortalFixtures.EntryAsync(data.Tenant, author, data.Labour, data["u4"], "Shelters for victims of violence were opened", EntryStatus.Published, ImplementationStatus.InProgress);
        var refreshed = await visitor.GetAsync(url);

        Assert.That(before.Document.QuerySelector("[role=status]")!.TextContent, Does.Contain("1 recommendations found"));
        Assert.That(cached.Document.QuerySelector("[role=status]")!.TextContent, Does.Contain("1 recommendations found"));
        Assert.That(signedIn.Document.QuerySelector("[role=status]")!.TextContent, Does.Contain("2 recommendations found"));
        Assert.That(refreshed.Document.QuerySelector("[role=status]")!.TextContent, Does.Contain("3 recommendations found"));
    }
}
