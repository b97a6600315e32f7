using System.Net;

namespace Simore.IntegrationTests.Tenancy;

/// <summary>Through real HTTP: one tenant's pages never show, or reach, another tenant's rows.</summary>
public sealed class AppIsolationTests
{
    [Test]
    public async Task An_id_of_another_tenant_answers_404_under_this_tenant()
    {
        var a = await Fixtures.NewTenantAsync();
        var b = await Fixtures.NewTenantAsync();
        await Fixtures.AddRecommendationsAsync(a, "Strengthen the ombudsman of A");
        var idOfB = (await Fixtures.AddRecommendationsAsync(b, "Protect the journalists of B"))[0];
        using var browser = TestEnvironment.App.CreateBrowser();

        var underA = await browser.GetAsync($"/{a.Slug}/recommendations/{idOfB}");
        var underB = await browser.GetAsync($"/{b.Slug}/recommendations/{idOfB}");

        Assert.That(underA.Status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(underA.Html, Does.Not.Contain("journalists of B"));
        Assert.That(underB.Status, Is.EqualTo(HttpStatusCode.OK), "the same id is served under its own tenant");
        Assert.That(underB.Html, Does.Contain("Protect the journalists of B"));
    }

    [Test]
    public async Task Lists_and_counts_show_only_the_tenants_own_rows()
    {
        var a = await Fixtures.NewTenantAsync();
        var b = await Fixtures.NewTenantAsync();
        await Fixtures.AddRecommendationsAsync(a, "Ratify the convention in A", "Adopt the plan in A");
        await Fixtures.AddRecommendationsAsync(b, "Ratify the convention in B");
        using var browser = TestEnvironment.App.CreateBrowser();

        var list = await browser.GetAsync($"/{a.Slug}/recommendations?q=Ratify");
        var landing = await browser.GetAsync($"/{a.Slug}");

        Assert.That(list.Html, Does.Contain("Ratify the convention in A"));
        Assert.That(list.Html, Does.Not.Contain("convention in B"));
        Assert.That(list.Document.QuerySelector("[role=status]")!.TextContent, Does.Contain("1"));
        Assert.That(landing.Document.QuerySelector("caption")!.TextContent.Trim(), Is.EqualTo("2 recommendations by implementation status"));
    }

    [TestCase("/nosuchstate")]
    [TestCase("/nosuchstate/recommendations")]
    [TestCase("/NOT_A_SLUG!/recommendations")]
    public async Task An_unknown_tenant_answers_404(string path)
    {
        using var browser = TestEnvironment.App.CreateBrowser();

        var page = await browser.GetAsync(path);

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task An_administrator_of_one_tenant_has_no_access_to_another_tenants_workspace()
    {
        var a = await Fixtures.NewTenantAsync();
        var b = await Fixtures.NewTenantAsync();
        var admin = await Fixtures.NewUserAsync(a, Simore.Core.Identity.Roles.Administrator, twoFactor: true);
        using var browser = await Fixtures.SignInAsync(admin);

        var own = await browser.GetAsync($"/{a.Slug}/admin");
        var other = await browser.GetAsync($"/{b.Slug}/admin");

        Assert.That(own.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(other.Status, Is.Not.EqualTo(HttpStatusCode.OK));
        Assert.That(other.Location ?? string.Empty, Does.Contain("/account/denied"));
    }
}
