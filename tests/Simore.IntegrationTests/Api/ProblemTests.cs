using System.Net;

namespace Simore.IntegrationTests.Api;

/// <summary>Errors are RFC 9457 problem details, never an HTML page.</summary>
public sealed class ProblemTests
{
    [Test]
    public async Task An_unknown_tenant_is_a_404_problem()
    {
        using var client = OpenDataClient.Create();

        var (response, json) = await client.GetJsonAsync("/api/v1/no-such-state/recommendations");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That((int)json["status"]!, Is.EqualTo(404));
        Assert.That((string)json["detail"]!, Is.Not.Empty);
    }

    [Test]
    public async Task An_unknown_id_and_another_tenants_id_are_404_problems()
    {
        var set = await OpenDataSet.CreateAsync();
        var other = await OpenDataSet.CreateAsync();
        using var client = OpenDataClient.Create();

        var (unknown, unknownJson) = await client.GetJsonAsync($"{set.Api}/{long.MaxValue}");
        var (foreign, foreignJson) = await client.GetJsonAsync($"{set.Api}/{other.Torture}");
        var (own, _) = await client.GetJsonAsync($"{other.Api}/{other.Torture}");

        Assert.That(own.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the id exists, in the other tenant");
        Assert.That(set.Public.Append(set.Duplicate), Has.No.Member(other.Torture), "and only there");
        foreach (var (response, json) in new[] { (unknown, unknownJson), (foreign, foreignJson) })
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That((int)json["status"]!, Is.EqualTo(404));
        }

        Assert.That(foreignJson.ToJsonString(), Does.Not.Contain("Torture"));
    }

    [TestCase("/recommendations/abc")]
    [TestCase("/documents")]
    public async Task Any_other_api_address_is_a_404_problem(string rest)
    {
        var set = await OpenDataSet.CreateAsync();
        using var client = OpenDataClient.Create();

        foreach (var url in new[] { $"/api/v1/{set.Tenant.Slug}{rest}", $"/api/v2/{set.Tenant.Slug}{rest}" })
        {
            var (response, json) = await client.GetJsonAsync(url);

            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), url);
            Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/problem+json"), url);
            Assert.That((int)json["status"]!, Is.EqualTo(404));
        }
    }

    [TestCase("year=abc", "year")]
    [TestCase("pageSize=1000", "pageSize")]
    [TestCase("pageSize=0", "pageSize")]
    [TestCase("page=0", "page")]
    [TestCase("mechanism=Parliament", "mechanism")]
    [TestCase("position=Maybe", "position")]
    [TestCase("status=2", "status")]
    [TestCase("state=Portugal", "state")]
    [TestCase("sdg=18", "sdg")]
    [TestCase("sort=random", "sort")]
    public async Task A_bad_parameter_is_a_400_validation_problem_naming_it(string query, string parameter)
    {
        var set = await OpenDataSet.CreateAsync();
        using var client = OpenDataClient.Create();

        var (response, json) = await client.GetJsonAsync($"{set.Api}?{query}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That((int)json["status"]!, Is.EqualTo(400));
        var errors = json["errors"]!.AsObject();
        Assert.That(errors.Select(e => e.Key), Is.EqualTo(new[] { parameter }));
        Assert.That((string)errors[parameter]![0]!, Is.Not.Empty);
    }

    [Test]
    public async Task Every_bad_parameter_is_named_at_once_in_the_requested_language()
    {
        var set = await OpenDataSet.CreateAsync();
        using var client = OpenDataClient.Create();

        var (_, json) = await client.GetJsonAsync($"{set.Api}?year=abc&pageSize=1000&lang=fr");

        var errors = json["errors"]!.AsObject();
        Assert.That(errors.Select(e => e.Key), Is.EquivalentTo(new[] { "year", "pageSize" }));
        Assert.That((string)errors["pageSize"]![0]!, Is.EqualTo("Choisissez une taille de page comprise entre 1 et 100."));
    }
}
