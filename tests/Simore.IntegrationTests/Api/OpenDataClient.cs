using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Simore.IntegrationTests.Api;

/// <summary>A program reading the open data: no cookies kept, no redirects followed.</summary>
public static class OpenDataClient
{
    public static HttpClient Create() =>
        TestEnvironment.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    public static async Task<(HttpResponseMessage Response, JsonNode Json)> GetJsonAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(text, Is.Not.Empty, $"{url} answered {(int)response.StatusCode} with no body");
        return (response, JsonNode.Parse(text)!);
    }

    /// <summary>The list's total and the ids of its items, in order.</summary>
    public static async Task<(int Total, long[] Ids)> SearchAsync(this HttpClient client, string url)
    {
        var (response, json) = await client.GetJsonAsync(url);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), json.ToJsonString());
        return ((int)json["total"]!, json["items"]!.AsArray().Select(i => (long)i!["id"]!).ToArray());
    }
}
