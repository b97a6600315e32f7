using Simore.Core.Localization;

namespace Simore.IntegrationTests.Web;

public sealed class LanguageTests
{
    [TestCase("ar", "rtl", "bootstrap.rtl.min.css", "التوصيات")]
    [TestCase("zh", "ltr", "bootstrap.min.css", "建议")]
    [TestCase("ru", "ltr", "bootstrap.min.css", "Рекомендации")]
    [TestCase("en", "ltr", "bootstrap.min.css", "Recommendations")]
    public async Task The_page_is_in_the_language_asked_for_with_its_direction(string language, string direction, string stylesheet, string heading)
    {
        var tenant = await Fixtures.NewTenantAsync();
        using var browser = TestEnvironment.App.CreateBrowser();

        var page = await browser.GetAsync($"/{tenant.Slug}/recommendations?culture={language}");
        var html = page.Document.DocumentElement;

        Assert.That(html.GetAttribute("lang"), Is.EqualTo(language));
        Assert.That(html.GetAttribute("dir"), Is.EqualTo(direction));
        Assert.That(page.Document.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"), Does.Contain(stylesheet));
        Assert.That(page.Document.QuerySelector("h1")!.TextContent, Is.EqualTo(heading));
    }

    [Test]
    public async Task The_language_links_of_a_reader_keep_the_page_and_remember_the_choice()
    {
        var tenant = await Fixtures.NewTenantAsync();
        using var browser = TestEnvironment.App.CreateBrowser();
        var page = await browser.GetAsync($"/{tenant.Slug}/recommendations?culture=fr&q=x");

        var link = page.Document.QuerySelectorAll("a[hreflang=ar]").Single().GetAttribute("href");
        var next = await browser.GetAsync(link!);
        var later = await browser.GetAsync($"/{tenant.Slug}");

        Assert.That(link, Is.EqualTo($"/{tenant.Slug}/recommendations?q=x&culture=ar"), "the earlier culture is replaced, the rest kept");
        Assert.That(next.Document.DocumentElement.GetAttribute("lang"), Is.EqualTo("ar"));
        Assert.That(later.Document.DocumentElement.GetAttribute("dir"), Is.EqualTo("rtl"));
    }

    [Test]
    public async Task The_switcher_of_a_signed_in_user_remembers_the_choice_and_never_redirects_off_site()
    {
        var tenant = await Fixtures.NewTenantAsync();
        using var browser = await Fixtures.SignInAsync(await Fixtures.NewUserAsync(tenant, Simore.Core.Identity.Roles.Drafter));
        var page = await browser.GetAsync($"/{tenant.Slug}/recommendations?culture=fr&q=x");

        var switched = await browser.SubmitAsync(page, new Dictionary<string, string> { ["culture"] = "ar" }, formAction: "/language");
        var next = await browser.GetAsync(switched.Location!);
        var offSite = await browser.SubmitAsync(page, new Dictionary<string, string> { ["culture"] = "es", ["returnUrl"] = "https://evil.example/" }, formAction: "/language");

        Assert.That(switched.Location, Is.EqualTo($"/{tenant.Slug}/recommendations?q=x"), "the explicit culture is dropped, the rest kept");
        Assert.That(next.Document.DocumentElement.GetAttribute("lang"), Is.EqualTo("ar"));
        Assert.That(offSite.Location, Is.EqualTo("/"));
    }

    [Test]
    public async Task Without_a_choice_the_tenants_default_language_applies()
    {
        var tenant = await Fixtures.NewTenantAsync(defaultLanguage: "es");
        using var browser = TestEnvironment.App.CreateBrowser();

        var page = await browser.GetAsync($"/{tenant.Slug}");

        Assert.That(page.Document.DocumentElement.GetAttribute("lang"), Is.EqualTo("es"));
        Assert.That(page.Text, Does.Contain("Recomendaciones"));
    }

    [Test]
    public async Task Every_language_renders_the_portal()
    {
        var tenant = await Fixtures.NewTenantAsync();
        await Fixtures.AddRecommendationsAsync(tenant, "Ratify the convention");
        using var browser = TestEnvironment.App.CreateBrowser();

        foreach (var language in Languages.All)
        {
            var page = await browser.GetAsync($"/{tenant.Slug}?culture={language}");
            Assert.That(page.Status, Is.EqualTo(System.Net.HttpStatusCode.OK), language);
            Assert.That(page.Document.DocumentElement.GetAttribute("lang"), Is.EqualTo(language));
        }
    }
}
