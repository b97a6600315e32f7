using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Simore.Core.Localization;
using Simore.Core.Tenancy;

namespace Simore.IntegrationTests.Tenancy;

public sealed class HostNameTests
{
    [Test]
    public async Task A_tenant_with_its_own_host_name_is_served_there_without_the_prefix()
    {
        var slug = "h" + Guid.NewGuid().ToString("N")[..8];
        var host = slug + ".simore.test";
        using (var scope = TestEnvironment.App.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<TenantService>()
                .CreateAsync(new CreateTenant(slug, "Hosted State", "WSM", "en", Languages.All, host));
        }

        using var browser = TestEnvironment.App.CreateBrowser();
        browser.Client.DefaultRequestHeaders.Host = host;

        var landing = await browser.GetAsync("/");
        var list = await browser.GetAsync("/recommendations");
        var prefixed = await browser.GetAsync($"/{slug}/recommendations");

        Assert.That(landing.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(landing.Text, Does.Contain("Hosted State"));
        Assert.That(list.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(prefixed.Status, Is.EqualTo(HttpStatusCode.OK), "prefixed links keep working on the host");
    }

    [Test]
    public async Task An_unmapped_host_serves_the_platform()
    {
        using var browser = TestEnvironment.App.CreateBrowser();
        browser.Client.DefaultRequestHeaders.Host = "unknown.simore.test";

        var home = await browser.GetAsync("/");

        Assert.That(home.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(home.Document.QuerySelector("h1")!.TextContent, Is.EqualTo("Human rights recommendations follow-up"));
    }
}
