using Microsoft.Extensions.DependencyInjection;
using Simore.Core.Portal;
using Simore.Core.Registry;

namespace Simore.IntegrationTests.Portal;

/// <summary>The public search against a tenant whose every count is known.</summary>
public sealed class PortalSearchTests
{
    private static KnownData _data = null!;

    [OneTimeSetUp]
    public async Task CreateData() => _data = await PortalFixtures.KnownAsync();

    private static Task<PortalResult> SearchAsync(PortalQuery query) =>
        Fixtures.InTenantAsync(_data.Tenant, (services, _) => services.GetRequiredService<PortalSearch>().SearchAsync(query));

    private static Dictionary<string, int> Facet(PortalResult result, string name) =>
        result.Facet(name).ToDictionary(v => v.Value, v => v.Count);

    private static IEnumerable<string> Names(PortalResult result) =>
        result.Items.Select(i => _data.Ids.Single(p => p.Value == i.Id).Key).Order();

    [Test]
    public async Task Every_facet_counts_what_it_would_select()
    {
        var result = await SearchAsync(new PortalQuery());

        Assert.Multiple(() =>
        {
            Assert.That(result.Total, Is.EqualTo(6));
            Assert.That(Facet(result, "mechanism"), Is.EquivalentTo(new Dictionary<string, int> { ["Upr"] = 4, ["TreatyBody"] = 2 }));
            Assert.That(Facet(result, "body"), Is.EquivalentTo(new Dictionary<string, int> { ["UPR"] = 4, ["CEDAW"] = 2 }));
            Assert.That(Facet(result, "cycle"), Is.EquivalentTo(new Dictionary<string, int> { ["4"] = 4 }));
            Assert.That(Facet(result, "year"), Is.EquivalentTo(new Dictionary<string, int> { ["2023"] = 4, ["2021"] = 2 }));
            Assert.That(Facet(result, "position"), Is.EquivalentTo(new Dictionary<string, int> { ["Supported"] = 3, ["Noted"] = 1, ["Pending"] = 2 }));
            Assert.That(Facet(result, "status"), Is.EquivalentTo(new Dictionary<string, int> { ["FullyImplemented"] = 1, ["PartiallyImplemented"] = 1, ["InProgress"] = 1, ["none"] = 3 }));
            Assert.That(Facet(result, "cluster"), Is.EquivalentTo(new Dictionary<string, int> { [_data.Cluster.ToString(System.Globalization.CultureInfo.InvariantCulture)] = 2 }));
            Assert.That(Facet(result, "state"), Is.EquivalentTo(new Dictionary<string, int> { ["PRT"] = 2, ["ESP"] = 2, ["FRA"] = 2 }));
            Assert.That(Facet(result, "theme"), Has.Count.EqualTo(4).And.ContainKey("racial-discrimination"));
            Assert.That(Facet(result, "group"), Is.EquivalentTo(new Dictionary<string, int> { ["roma-gypsies-sinti-travellers"] = 2, ["women-girls"] = 2 }));
            Assert.That(Facet(result, "sdg"), Is.EquivalentTo(new Dictionary<string, int> { ["10"] = 1, ["4"] = 1, ["5"] = 2 }), "a goal counts its targets' recommendations once");
            Assert.That(Facet(result, "institution"), Is.EquivalentTo(new Dictionary<string, int> { [_data.Labour.ToString(System.Globalization.CultureInfo.InvariantCulture)] = 2, [_data.Education.ToString(System.Globalization.CultureInfo.InvariantCulture)] = 2 }));
        });
    }

    [Test]
    public async Task Each_filter_selects_what_its_facet_counted()
    {
        var cases = new (PortalQuery Query, string[] Expected)[]
        {
            (new() { Mechanism = Mechanism.Upr, Status = "none" }, ["u3", "u4"]),
            (new() { Position = Position.Supported, State = "esp" }, ["u1", "u4"]),
            (new() { Sdg = 5 }, ["c1", "u4"]),
            (new() { Sdg = 4 }, ["u2"]),
            (new() { Target = "4.5" }, ["u2"]),
            (new() { Institution = _data.Labour }, ["u1", "u4"]),
            (new() { Year = 2021 }, ["c1", "c2"]),
            (new() { Cycle = 4, Body = "UPR" }, ["u1", "u2", "u3", "u4"]),
            (new() { Group = "roma-gypsies-sinti-travellers" }, ["u1", "u2"]),
            (new() { Theme = "trafficking-slavery" }, ["u4"]),
            (new() { Cluster = _data.Cluster }, ["u1", "u2"]),
            (new() { Status = "FullyImplemented" }, ["u1"]),
            (new() { Status = "InProgress", Mechanism = Mechanism.Upr }, []),
        };

        foreach (var (query, expected) in cases)
        {
            var result = await SearchAsync(query);
            Assert.That(Names(result), Is.EqualTo(expected), query.ToString());
            Assert.That(result.Total, Is.EqualTo(expected.Length), query.ToString());
        }
    }

    [Test]
    public async Task Facets_count_within_the_filters_in_force()
    {
        var result = await SearchAsync(new PortalQuery { Mechanism = Mechanism.Upr });

        Assert.That(Facet(result, "status"), Is.EquivalentTo(new Dictionary<string, int> { ["FullyImplemented"] = 1, ["PartiallyImplemented"] = 1, ["none"] = 2 }));
        Assert.That(Facet(result, "body"), Is.EquivalentTo(new Dictionary<string, int> { ["UPR"] = 4 }));
    }

    [Test]
    public async Task Words_match_by_stem_by_partial_word_and_despite_a_typo()
    {
        Assert.Multiple(async () =>
        {
            Assert.That(Names(await SearchAsync(new PortalQuery { Q = "discrimination" })), Is.EqualTo(new[] { "c1", "u1" }));
            Assert.That(Names(await SearchAsync(new PortalQuery { Q = "combating" })), Is.EqualTo(new[] { "u1", "u4" }), "English stemming");
            Assert.That(Names(await SearchAsync(new PortalQuery { Q = "discrimnation" })), Is.EqualTo(new[] { "c1", "u1" }), "a typo");
            Assert.That(Names(await SearchAsync(new PortalQuery { Q = "traffick" })), Is.EqualTo(new[] { "u4" }), "part of a word");
        });
    }

    [Test]
    public async Task Published_follow_up_is_searchable_and_unpublished_follow_up_is_not()
    {
        Assert.That(Names(await SearchAsync(new PortalQuery { Q = "inclusion strategy adopted" })), Is.EqualTo(new[] { "u1" }));
        Assert.That((await SearchAsync(new PortalQuery { Q = "confidential timetable" })).Total, Is.Zero);
    }

    [Test]
    public async Task Pages_follow_the_chosen_order_and_count_the_whole_result()
    {
        var first = await SearchAsync(new PortalQuery { PageSize = 4 });
        var second = await SearchAsync(new PortalQuery { PageSize = 4, Page = 2 });
        var byStatus = await SearchAsync(new PortalQuery { Sort = "status", PageSize = 2 });

        Assert.That(first.Items.Select(i => i.Symbol), Is.EqualTo(new[] { "A/HRC/52/15", "A/HRC/52/15", "A/HRC/52/15", "A/HRC/52/15" }));
        Assert.That(Names(second), Is.EqualTo(new[] { "c1", "c2" }));
        Assert.That(second.Total, Is.EqualTo(6));
        Assert.That(byStatus.Items.Select(i => i.Status?.ToString()), Is.EqualTo(new[] { "FullyImplemented", "PartiallyImplemented" }));
    }

    [Test]
    public async Task Another_tenant_sees_none_of_it()
    {
        var other = await Fixtures.NewTenantAsync();
        var result = await Fixtures.InTenantAsync(other, (services, _) => services.GetRequiredService<PortalSearch>().SearchAsync(new PortalQuery { Q = "Roma" }));

        Assert.That(result.Total, Is.Zero);
        Assert.That(result.Facet("mechanism"), Is.Empty);
    }
}
