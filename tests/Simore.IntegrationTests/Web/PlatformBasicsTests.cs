using System.Net;

namespace Simore.IntegrationTests.Web;

public sealed class PlatformBasicsTests
{
    [Test]
    public async Task Pages_carry_the_security_headers()
    {
        using var browser = TestEnvironment.App.CreateBrowser();

        var response = await browser.Client.GetAsync("/");

        var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.That(csp, Does.Contain("script-src 'self'"));
        Assert.That(csp, Does.Not.Contain("unsafe-inline"));
        Assert.That(csp, Does.Contain("frame-ancestors 'none'"));
        Assert.That(response.Headers.GetValues("X-Content-Type-Options"), Does.Contain("nosniff"));
        Assert.That(response.Headers.GetValues("X-Frame-Options"), Does.Contain("DENY"));
    }

    [TestCase("/health/live")]
    [TestCase("/health/ready")]
    public async Task Health_endpoints_answer(string path)
    {
        using var browser = TestEnvironment.App.CreateBrowser();

        var response = await browser.Client.GetAsync(path);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("Healthy"));
    }

    [Test]
    public async Task An_unknown_page_answers_404_with_a_page_in_the_users_language()
    {
        using var browser = TestEnvironment.App.CreateBrowser();

        var page = await browser.GetAsync("/no/such/page?culture=es");

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(page.Text, Does.Contain("Página no encontrada"));
    }

    [Test]
    public async Task The_home_page_lists_the_States()
    {
        var tenant = await Fixtures.NewTenantAsync("Republic of Tests");
        using var browser = TestEnvironment.App.CreateBrowser();

        var page = await browser.GetAsync("/");

        Assert.That(page.Document.QuerySelectorAll("a").Select(a => a.GetAttribute("href")), Does.Contain($"/{tenant.Slug}"));
    }
}
