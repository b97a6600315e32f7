using Simore.Core.Portal;

namespace Simore.UnitTests.Portal;

public sealed class PortalIndexTests
{
    // Reference order: 10, 11, 12, … ; "recent" and "status" ranks given per row.
    private static PortalIndex Index(int count = 70)
    {
        var rows = Enumerable.Range(0, count).Select(i => new PortalIndexRow(10 + i, count - 1 - i, (i + 1) % count)).ToList();
        var keys = Enumerable.Range(0, count)
            .SelectMany(i => new[] { i % 2 == 0 ? "position:Supported" : "position:Noted", "cycle:" + (i < 3 ? 3 : 4) }
                .Concat(i % 5 == 0 ? ["target:5.2", "sdg:5"] : [])
                .Select(k => (Key: k, Id: 10L + i)))
            .GroupBy(k => k.Key)
            .Select(g => (g.Key, g.Select(k => k.Id).Append(999).ToArray()));
        return new PortalIndex(7, rows, keys);
    }

    [Test]
    public void No_filter_matches_every_recommendation_and_counts_every_facet_value()
    {
        var index = Index();
        var match = index.Match([], null);

        Assert.Multiple(() =>
        {
            Assert.That(PortalIndex.CountOf(match), Is.EqualTo(70));
            var facets = index.Facets(match);
            Assert.That(facets["position"].Select(v => (v.Value, v.Count)), Is.EqualTo(new[] { ("Noted", 35), ("Supported", 35) }), "largest first, then by value");
            Assert.That(facets["cycle"].Select(v => (v.Value, v.Count)), Is.EqualTo(new[] { ("4", 67), ("3", 3) }));
            Assert.That(facets["sdg"].Single().Count, Is.EqualTo(14));
            Assert.That(facets.ContainsKey("target"), Is.False, "targets filter, they are no facet");
        });
    }

    [Test]
    public void Filters_intersect_and_an_unknown_key_matches_nothing()
    {
        var index = Index();

        Assert.Multiple(() =>
        {
            Assert.That(PortalIndex.CountOf(index.Match(["position:Supported", "target:5.2"], null)), Is.EqualTo(7), "i % 10 == 0");
            Assert.That(PortalIndex.CountOf(index.Match(["cycle:3", "position:Noted"], null)), Is.EqualTo(1));
            Assert.That(PortalIndex.CountOf(index.Match(["state:XXX"], null)), Is.Zero);
            Assert.That(index.Facets(index.Match(["state:XXX"], null)), Is.Empty);
        });
    }

    [Test]
    public void Text_matches_restrict_to_known_ids_only()
    {
        var index = Index();
        var match = index.Match(["position:Supported"], [10, 11, 12, 999]);

        Assert.That(index.Page(match, PortalOrder.Reference, null, 0, 10), Is.EqualTo(new long[] { 10, 12 }));
    }

    [Test]
    public void Pages_walk_the_chosen_order()
    {
        var index = Index();
        var all = index.Match([], null);

        Assert.Multiple(() =>
        {
            Assert.That(index.Page(all, PortalOrder.Reference, null, 0, 3), Is.EqualTo(new long[] { 10, 11, 12 }));
            Assert.That(index.Page(all, PortalOrder.Reference, null, 68, 5), Is.EqualTo(new long[] { 78, 79 }));
            Assert.That(index.Page(all, PortalOrder.Reference, null, 70, 5), Is.Empty);
            Assert.That(index.Page(all, PortalOrder.Recent, null, 0, 3), Is.EqualTo(new long[] { 79, 78, 77 }));
            Assert.That(index.Page(all, PortalOrder.Status, null, 0, 3), Is.EqualTo(new long[] { 79, 10, 11 }));
            Assert.That(index.Page(index.Match(["position:Noted"], null), PortalOrder.Recent, null, 1, 2), Is.EqualTo(new long[] { 77, 75 }));
        });
    }

    [Test]
    public void Relevance_puts_the_best_score_first_and_reference_order_among_equals()
    {
        var index = Index();
        var scores = new Dictionary<long, double> { [15] = 0.2, [11] = 0.5, [40] = 0.5, [12] = 0.1 };
        var match = index.Match([], scores.Keys);

        Assert.That(index.Page(match, PortalOrder.Relevance, scores, 0, 10), Is.EqualTo(new long[] { 11, 40, 15, 12 }));
        Assert.That(index.Page(match, PortalOrder.Relevance, scores, 1, 2), Is.EqualTo(new long[] { 40, 15 }));
    }

    [Test]
    public void An_empty_tenant_matches_nothing()
    {
        var index = Index(0);

        Assert.That(PortalIndex.CountOf(index.Match([], null)), Is.Zero);
        Assert.That(index.Page(index.Match([], null), PortalOrder.Status, null, 0, 20), Is.Empty);
    }

    [Test]
    public void The_cache_keeps_tenants_apart_and_drops_the_least_recently_read_past_its_budget()
    {
        var size = Index().Size;
        var cache = new PortalIndexCache(new PortalOptions { SearchIndexBytes = size * 3 });
        cache.Set("db", 1, Index());
        cache.Set("db", 2, Index());
        cache.Set("replica", 1, Index());
        Assert.That(cache.Get("db", 1), Is.Not.SameAs(cache.Get("replica", 1)));

        Thread.Sleep(20);
        _ = cache.Get("db", 1);
        cache.Set("db", 3, Index());

        Assert.Multiple(() =>
        {
            Assert.That(cache.Get("db", 1), Is.Not.Null, "read lately");
            Assert.That(cache.Get("db", 3), Is.Not.Null, "just made");
            Assert.That(cache.Get("db", 2), Is.Null, "read longest ago");
            Assert.That(cache.Size, Is.LessThanOrEqualTo(size * 3));
        });
    }
}
