using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Simore.Core.FollowUp;

namespace Simore.IntegrationTests.Api;

/// <summary>ETags, cache headers, CORS and cookies: what lets other sites and caches use the open data safely.</summary>
public sealed class CachingTests
{
    [Test]
    public async Task A_repeated_request_with_the_etag_is_not_modified_until_the_data_change()
    {
        var set = await OpenDataSet.CreateAsync();
        using var client = OpenDataClient.Create();
        foreach (var url in new[] { set.Api, $"{set.Api}/{set.Discrimination}" })
        {
            var first = await client.GetAsync(url);
            var etag = first.Headers.ETag!;
            var again = await Conditional(client, url, etag);

            await Fixtures.InTenantAsync(set.Tenant, async (_, db) =>
            {
                var recommendation = await db.Recommendations.FirstAsync(r => r.Id == set.Discrimination);
                recommendation!.Status = recommendation.Status == ImplementationStatus.InProgress ? ImplementationStatus.FullyImplemented : ImplementationStatus.InProgress;
                recommendation.StatusUpdatedAt = DateTimeOffset.UtcNow;
                return await db.SaveChangesAsync();
            });
            var changed = await Conditional(client, url, etag);

            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK), url);
            Assert.That(etag.IsWeak, Is.False, "a strong validator");
            Assert.That(first.Headers.CacheControl!.Public, Is.True);
            Assert.That(first.Headers.CacheControl.MaxAge, Is.EqualTo(TimeSpan.FromSeconds(60)));
            Assert.That(first.Headers.Vary, Does.Contain("Accept-Encoding"));
            Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.NotModified), url);
            Assert.That(await again.Content.ReadAsByteArrayAsync(), Is.Empty);
            Assert.That(again.Headers.ETag, Is.EqualTo(etag));
            Assert.That(changed.StatusCode, Is.EqualTo(HttpStatusCode.OK), url);
            Assert.That(changed.Headers.ETag, Is.Not.EqualTo(etag));
        }
    }

    [Test]
    public async Task Anonymous_clients_share_a_cached_answer_that_a_saved_change_refreshes()
    {
        var set = await OpenDataSet.CreateAsync();
        using var client = OpenDataClient.Create();
        var url = $"{set.Api}/{set.Discrimination}";
        var before = await client.GetStringAsync(url);

        // A change behind the application's back is not seen until the answer expires...
        await Fixtures.InTenantAsync(set.Tenant, (_, db) => db.Database.ExecuteSqlAsync($"UPDATE recommendations SET text = 'Changed behind the back' WHERE id = {set.Discrimination}"));
        var cached = await client.GetStringAsync(url);

        // ...while a change saved by the application drops the tenant's cached answers at once.
        await Fixtures.InTenantAsync(set.Tenant, async (_, db) =>
        {
            var recommendation = await db.Recommendations.FirstAsync(r => r.Id == set.Discrimination);
            recommendation.ShortTitle = "Saved by the application";
            return await db.SaveChangesAsync();
        });
        var refreshed = await client.GetStringAsync(url);

        Assert.That(before, Does.Not.Contain("Changed behind the back"));
        Assert.That(cached, Is.EqualTo(before));
        Assert.That(refreshed, Does.Contain("Changed behind the back"));
    }

    [Test]
    public async Task Another_language_is_another_representation()
    {
        var set = await OpenDataSet.CreateAsync();
        using var client = OpenDataClient.Create();

        var english = await client.GetAsync(set.Api);
        var french = await Conditional(client, $"{set.Api}?lang=fr", english.Headers.ETag!);

        Assert.That(french.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Any_site_may_read_the_api_without_credentials_but_not_the_portal()
    {
        var set = await OpenDataSet.CreateAsync();
        using var client = OpenDataClient.Create();

        var api = await client.SendAsync(WithOrigin(HttpMethod.Get, set.Api));
        var preflight = WithOrigin(HttpMethod.Options, $"{set.Api}/{set.Torture}");
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        preflight.Headers.Add("Access-Control-Request-Headers", "if-none-match");
        var allowed = await client.SendAsync(preflight);
        var portal = await client.SendAsync(WithOrigin(HttpMethod.Get, $"/{set.Tenant.Slug}/recommendations"));

        Assert.That(api.Headers.GetValues("Access-Control-Allow-Origin"), Is.EqualTo(new[] { "*" }));
        Assert.That(api.Headers.Contains("Access-Control-Allow-Credentials"), Is.False);
        Assert.That(api.Headers.GetValues("Access-Control-Expose-Headers").Single(), Does.Contain("ETag"));
        Assert.That(allowed.IsSuccessStatusCode, Is.True, allowed.StatusCode.ToString());
        Assert.That(allowed.Headers.GetValues("Access-Control-Allow-Origin"), Is.EqualTo(new[] { "*" }));
        Assert.That(allowed.Headers.GetValues("Access-Control-Allow-Methods").Single(), Does.Contain("GET").And.Not.Contain("POST"));
        Assert.That(portal.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(portal.Headers.Contains("Access-Control-Allow-Origin"), Is.False);
    }

    [Test]
    public async Task Api_responses_set_no_cookie_even_when_a_page_would()
    {
        var set = await OpenDataSet.CreateAsync();
        using var client = OpenDataClient.Create();

        var page = await client.GetAsync($"/{set.Tenant.Slug}/recommendations?culture=fr");
        var responses = new[]
        {
            await client.GetAsync($"{set.Api}?culture=fr"),
            await client.GetAsync($"{set.Api}/{set.Torture}?culture=fr"),
            await client.GetAsync($"{set.Api}/{long.MaxValue}?culture=fr"),
            await client.GetAsync($"{set.Api}?pageSize=1000&culture=fr"),
            await client.GetAsync("/api/v1/no-such-state/recommendations?culture=fr"),
        };

        Assert.That(page.Headers.Contains("Set-Cookie"), Is.True, "the portal remembers a language chosen in the address");
        foreach (var response in responses)
        {
            Assert.That(response.Headers.Contains("Set-Cookie"), Is.False, response.RequestMessage!.RequestUri!.ToString());
        }
    }

    private static Task<HttpResponseMessage> Conditional(HttpClient client, string url, EntityTagHeaderValue etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(etag);
        return client.SendAsync(request);
    }

    private static HttpRequestMessage WithOrigin(HttpMethod method, string url)
    {
        var request = new HttpRequestMessage(method, url);
        request.Headers.Add("Origin", "https://reader.example");
        return request;
    }
}
