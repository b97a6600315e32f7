using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Simore.IntegrationTests.Security;

/// <summary>The headers that make a stored payload or a framing page harmless, on every kind of answer.</summary>
public sealed class SecurityHeadersTests
{
    [Test]
    public async Task Every_kind_of_answer_carries_the_security_headers()
    {
        var tenant = await Fixtures.NewTenantAsync();
        await Fixtures.AddRecommendationsAsync(tenant, "Ratify the Optional Protocol");
        using var browser = TestEnvironment.App.CreateBrowser();
        string[] paths =
        [
            "/", $"/{tenant.Slug}", $"/{tenant.Slug}/recommendations?q=torture", "/account/login", $"/{tenant.Slug}/admin",
            "/no/such/page", $"/api/v1/{tenant.Slug}/recommendations", "/css/site.css", "/js/dashboard.js", $"/{tenant.Slug}/recommendations/export.csv",
        ];
        var failures = new List<string>();

        foreach (var path in paths)
        {
            using var response = await browser.Client.GetAsync(path);
            var headers = response.Headers;
            var csp = headers.TryGetValues("Content-Security-Policy", out var values) ? string.Join(";", values) : null;
            var directives = (csp ?? string.Empty).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .ToDictionary(d => d.Split(' ')[0], d => d, StringComparer.Ordinal);
            var scripts = directives.GetValueOrDefault("script-src") ?? directives.GetValueOrDefault("default-src") ?? string.Empty;
            Check(path, csp is not null, "a Content-Security-Policy");
            Check(path, scripts.Contains("'self'", StringComparison.Ordinal) && !scripts.Contains("unsafe-inline", StringComparison.Ordinal) && !scripts.Contains("unsafe-eval", StringComparison.Ordinal), "scripts from the app only, none inline: " + scripts);
            Check(path, directives.GetValueOrDefault("frame-ancestors") == "frame-ancestors 'none'", "frame-ancestors 'none'");
            Check(path, directives.GetValueOrDefault("object-src") == "object-src 'none'", "object-src 'none'");
            Check(path, headers.TryGetValues("X-Content-Type-Options", out var sniff) && sniff.Contains("nosniff"), "X-Content-Type-Options: nosniff");
            Check(path, headers.TryGetValues("X-Frame-Options", out var frame) && frame.Contains("DENY"), "X-Frame-Options: DENY");
        }

        Assert.That(failures, Is.Empty, Report.Lines(failures));

        void Check(string path, bool ok, string what)
        {
            if (!ok)
            {
                failures.Add($"{path}: no {what}");
            }
        }
    }

    [Test]
    public async Task HTTPS_answers_outside_development_tell_browsers_to_keep_to_HTTPS()
    {
        // The test host runs in the Testing environment: what production does, not what Development does.
        using var secure = TestEnvironment.App.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://simore.example"), AllowAutoRedirect = false });
        using var plain = TestEnvironment.App.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://simore.example"), AllowAutoRedirect = false });

        using var overHttps = await secure.GetAsync("/account/login");
        using var overHttp = await plain.GetAsync("/account/login");

        Assert.That(TestEnvironment.App.Services.GetService(typeof(Microsoft.Extensions.Hosting.IHostEnvironment)) is Microsoft.Extensions.Hosting.IHostEnvironment { EnvironmentName: "Testing" });
        Assert.That(overHttps.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(overHttps.Headers.TryGetValues("Strict-Transport-Security", out var hsts), Is.True);
        Assert.That(hsts!.Single(), Does.Match(@"max-age=\d{7,}"), "at least months");
        Assert.That(overHttp.Headers.Contains("Strict-Transport-Security"), Is.False, "never over plain HTTP, where it means nothing");
    }

    [Test]
    public async Task Cookies_are_http_only_and_same_site()
    {
        using var browser = TestEnvironment.App.CreateBrowser();

        using var response = await browser.Client.GetAsync("/account/login");
        var cookies = response.Headers.GetValues("Set-Cookie").ToList();

        Assert.That(cookies, Is.Not.Empty);
        Assert.That(cookies, Has.All.Contains("httponly").IgnoreCase);
        Assert.That(cookies, Has.All.Contains("samesite").IgnoreCase);
    }
}
