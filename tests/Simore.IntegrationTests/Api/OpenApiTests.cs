using System.Net;
using System.Text.Json.Nodes;

namespace Simore.IntegrationTests.Api;

public sealed class OpenApiTests
{
    [Test]
    public async Task The_description_covers_the_api_and_nothing_else()
    {
        using var client = OpenDataClient.Create();

        var (response, json) = await client.GetJsonAsync("/openapi/v1.json");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((string)json["info"]!["title"]!, Is.EqualTo("Simore open data API"));
        Assert.That((string)json["info"]!["version"]!, Is.EqualTo("v1"));
        var paths = json["paths"]!.AsObject();
        Assert.That(paths.Select(p => p.Key), Is.EquivalentTo(new[] { "/api/v1/{tenant}/recommendations", "/api/v1/{tenant}/recommendations/{id}" }));
        var list = paths["/api/v1/{tenant}/recommendations"]!["get"]!;
        var parameters = list["parameters"]!.AsArray().Select(p => (string)p!["name"]!).ToList();
        Assert.That(parameters, Is.SupersetOf(new[] { "tenant", "q", "year", "mechanism", "state", "status", "page", "pageSize", "lang" }));
        Assert.That(parameters, Has.None.EqualTo("Language").And.None.EqualTo("language").And.None.EqualTo("statusValue"));
        Assert.That(list["responses"]!.AsObject().Select(r => r.Key), Is.SupersetOf(new[] { "200", "304", "400", "404" }));
        Assert.That(list["responses"]!["400"]!["content"]!.AsObject().Select(c => c.Key), Is.EqualTo(new[] { "application/problem+json" }));
        var item = json["components"]!["schemas"]!["ApiRecommendation"]!["properties"]!.AsObject();
        Assert.That(item.Select(p => p.Key), Is.SupersetOf(new[] { "id", "reference", "recommendingStates", "affectedPersons", "institutions", "status", "url" }));
        Assert.That((string)item["id"]!["type"]!, Is.EqualTo("integer"));
        var mechanism = Schema(json, item["mechanism"]!);
        Assert.That(mechanism["enum"]!.AsArray().Select(v => (string)v!), Is.EquivalentTo(new[] { "Upr", "TreatyBody", "SpecialProcedure", "Regional" }));
    }

    /// <summary>A property's schema, following a $ref into the components.</summary>
    private static JsonNode Schema(JsonNode document, JsonNode schema) =>
        schema["$ref"] is { } reference
            ? document["components"]!["schemas"]![((string)reference!).Split('/')[^1]]!
            : schema;
}
