using System.Net;
using System.Text.Json.Nodes;

namespace Simore.IntegrationTests.Api;

/// <summary>GET /api/v1/{tenant}/recommendations: the public search as JSON, with the portal's filters.</summary>
public sealed class RecommendationListTests
{
    [Test]
    public async Task Lists_every_public_recommendation_with_its_classification_and_status()
    {
        var set = await OpenDataSet.CreateAsync();
        using var client = OpenDataClient.Create();

        var (response, json) = await client.GetJsonAsync(set.Api);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/json"));
        Assert.That((int)json["total"]!, Is.EqualTo(4), "the merged duplicate is not public");
        Assert.That((int)json["page"]!, Is.EqualTo(1));
        Assert.That((int)json["pageSize"]!, Is.EqualTo(20));
        var items = json["items"]!.AsArray();
        Assert.That(items.Select(i => (long)i!["id"]!), Is.EqualTo(set.Public), "document symbol, then paragraph");

        var torture = items[0]!;
        Assert.Multiple(() =>
        {
            Assert.That((string)torture["reference"]!, Is.EqualTo($"{set.UprSymbol} para. 140.1"));
            Assert.That((string)torture["paragraph"]!, Is.EqualTo("140.1"));
            Assert.That((string)torture["text"]!, Is.EqualTo("Ratify the Optional Protocol to the Convention against Torture"));
            Assert.That((string)torture["mechanism"]!, Is.EqualTo("Upr"));
            Assert.That((string)torture["body"]!, Is.EqualTo("UPR"));
            Assert.That((string)torture["documentSymbol"]!, Is.EqualTo(set.UprSymbol));
            Assert.That((int)torture["cycle"]!, Is.EqualTo(4));
            Assert.That((int)torture["session"]!, Is.EqualTo(48));
            Assert.That((string)torture["position"]!, Is.EqualTo("Supported"));
            Assert.That(Pairs(torture["recommendingStates"], "code", "name"), Is.EqualTo(new[] { "FRA=France", "PRT=Portugal" }));
            Assert.That(Pairs(torture["themes"], "code", "name"), Is.EqualTo(new[] { "ratification-accession=Ratification of & accession to international instruments" }));
            Assert.That(Pairs(torture["sdgTargets"], "code", "name"), Has.Exactly(1).StartsWith("16.2=End abuse, exploitation, trafficking"));
            Assert.That(torture["sdgGoals"]!.AsArray().Select(g => (int)g!["number"]!), Is.EqualTo(new[] { 16 }), "a target implies its goal");
            Assert.That(Pairs(torture["institutions"], "name", "role"), Is.EqualTo(new[] { "Ministry of Justice=Lead" }));
            Assert.That((long)torture["institutions"]![0]!["id"]!, Is.EqualTo(set.Institution));
            Assert.That((string)torture["status"]!, Is.EqualTo("InProgress"));
            Assert.That(DateTimeOffset.Parse((string)torture["statusUpdatedAt"]!, System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(new DateTimeOffset(2025, 3, 14, 9, 0, 0, TimeSpan.Zero)));
            Assert.That((string)torture["url"]!, Is.EqualTo($"http://localhost/{set.Tenant.Slug}/recommendations/{set.Torture}"));
        });

        var discrimination = items[1]!.AsObject();
        Assert.That(discrimination.ContainsKey("status") && discrimination["status"] is null, "no information is written as null");
        Assert.That(Pairs(discrimination["affectedPersons"], "code", "name"), Is.EqualTo(new[] { "roma-gypsies-sinti-travellers=Roma, Gypsies, Sinti & Travellers" }));
        Assert.That((string)items[3]!["mechanism"]!, Is.EqualTo("TreatyBody"));
        Assert.That(items[3]!["cycle"], Is.Null);
    }

    [Test]
    public async Task Names_come_in_the_requested_language_and_codes_do_not_change()
    {
        var set = await OpenDataSet.CreateAsync();
        using var client = OpenDataClient.Create();

        var (_, french) = await client.GetJsonAsync($"{set.Api}?lang=fr&theme=ratification-accession");
        var (_, unknown) = await client.GetJsonAsync($"{set.Api}?lang=xx&theme=ratification-accession");

        var theme = french["items"]![0]!["themes"]![0]!;
        Assert.That((string)theme["code"]!, Is.EqualTo("ratification-accession"));
        Assert.That((string)theme["name"]!, Is.EqualTo("Ratification des instruments internationaux et adh\u00e9sion \u00e0 ces instruments"));
        Assert.That((string)unknown["items"]![0]!["themes"]![0]!["name"]!, Is.EqualTo("Ratification of & accession to international instruments"), "an unknown language falls back to English");
    }

    [TestCase("q=torture", "Torture")]
    [TestCase("q=discriminaton", "Discrimination")]
    [TestCase("q=educat", "Education")]
    [TestCase("position=Noted", "Discrimination")]
    [TestCase("status=none", "Discrimination")]
    [TestCase("status=InProgress", "Torture")]
    [TestCase("status=fullyimplemented", "Education")]
    [TestCase("state=FRA", "Torture,Education")]
    [TestCase("state=mex", "Discrimination")]
    [TestCase("theme=education", "Education")]
    [TestCase("group=women-girls", "Cedaw")]
    [TestCase("sdg=16", "Torture")]
    [TestCase("sdg=10", "Discrimination")]
    [TestCase("target=4.5", "Education")]
    [TestCase("mechanism=TreatyBody", "Cedaw")]
    [TestCase("mechanism=Upr", "Torture,Discrimination,Education")]
    [TestCase("body=CEDAW", "Cedaw")]
    [TestCase("cycle=4", "Torture,Discrimination,Education")]
    [TestCase("year=2023", "Cedaw")]
    [TestCase("state=FRA&status=FullyImplemented", "Education")]
    public async Task Each_filter_narrows_the_list(string filter, string expected)
    {
        var set = await OpenDataSet.CreateAsync();
        using var client = OpenDataClient.Create();

        var (total, ids) = await client.SearchAsync($"{set.Api}?{filter}");

        var wanted = expected.Split(',').Select(name => (long)typeof(OpenDataSet).GetProperty(name)!.GetValue(set)!).ToArray();
        Assert.That(ids, Is.EquivalentTo(wanted));
        Assert.That(total, Is.EqualTo(wanted.Length));
    }

    [Test]
    public async Task The_institution_filter_finds_what_the_institution_is_responsible_for()
    {
        var set = await OpenDataSet.CreateAsync();
        using var client = OpenDataClient.Create();

        var (total, ids) = await client.SearchAsync($"{set.Api}?institution={set.Institution}");

        Assert.That(ids, Is.EqualTo(new[] { set.Torture }));
        Assert.That(total, Is.EqualTo(1));
    }

    [Test]
    public async Task Pages_link_to_their_neighbours_and_keep_the_filters()
    {
        var set = await OpenDataSet.CreateAsync();
        using var client = OpenDataClient.Create();

        var (_, first) = await client.GetJsonAsync($"{set.Api}?pageSize=3&lang=fr");
        var next = (string)first["links"]!["next"]!;
        var (_, second) = await client.GetJsonAsync(next);

        Assert.That((int)first["total"]!, Is.EqualTo(4));
        Assert.That(first["items"]!.AsArray().Select(i => (long)i!["id"]!), Is.EqualTo(set.Public.Take(3)));
        Assert.That(first["links"]!["prev"], Is.Null);
        Assert.That((string)first["links"]!["self"]!, Does.StartWith($"http://localhost{set.Api}?"));
        Assert.That(next, Does.Contain("pageSize=3").And.Contain("lang=fr").And.Contain("page=2"));
        Assert.That((int)second["page"]!, Is.EqualTo(2));
        Assert.That(second["items"]!.AsArray().Select(i => (long)i!["id"]!), Is.EqualTo(new[] { set.Cedaw }));
        Assert.That(second["links"]!["next"], Is.Null);
        Assert.That((string)second["links"]!["prev"]!, Does.Contain("page=1"));
    }

    [Test]
    public async Task A_page_past_the_end_is_empty_but_keeps_the_total()
    {
        var set = await OpenDataSet.CreateAsync();
        using var client = OpenDataClient.Create();

        var (total, ids) = await client.SearchAsync($"{set.Api}?page=5&pageSize=2");

        Assert.That(ids, Is.Empty);
        Assert.That(total, Is.EqualTo(4));
    }

    private static string[] Pairs(JsonNode? array, string key, string value) =>
        array!.AsArray().Select(n => $"{(string?)n![key]}={(string?)n[value]}").ToArray();
}
