using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Simore.Core.Portal;

namespace Simore.IntegrationTests.Portal;

/// <summary>
/// The search filters, counts and orders from an index of the tenant held in memory; it must never
/// answer from data that changed since it was made, whoever changed them (here plain SQL, which no
/// cache eviction in the application sees), and never show another tenant's index.
/// </summary>
public sealed class SearchIndexTests
{
    private static Task<PortalResult> SearchAsync(KnownData data, PortalQuery query) =>
        Fixtures.InTenantAsync(data.Tenant, (services, _) => services.GetRequiredService<PortalSearch>().SearchAsync(query));

    private static Task<int> ExecuteAsync(KnownData data, string sql) =>
        Fixtures.InTenantAsync(data.Tenant, async (_, db) => await db.Database.ExecuteSqlRawAsync(sql));

    private static List<string> Names(KnownData data, PortalResult result) =>
        result.Items.Select(i => data.Ids.Single(p => p.Value == i.Id).Key).ToList();

    [Test]
    public async Task Changes_made_outside_the_application_show_in_the_next_search()
    {
        var data = await PortalFixtures.KnownAsync();
        var before = await SearchAsync(data, new PortalQuery { Sort = "status" });
        Assert.That(before.Total, Is.EqualTo(6));
        Assert.That(before.Facet("status").Single(v => v.Value == "FullyImplemented").Count, Is.EqualTo(1));

        // c2 becomes fully implemented, u3 is merged into u4, c1 is renumbered before c2.
        await ExecuteAsync(data, $"""
            UPDATE recommendations SET status = 'FullyImplemented' WHERE id = {data["c2"]};
            UPDATE recommendations SET merged_into_id = {data["u4"]} WHERE id = {data["u3"]};
            """);
        var after = await SearchAsync(data, new PortalQuery { Sort = "status" });

        Assert.Multiple(() =>
        {
            Assert.That(after.Total, Is.EqualTo(5), "the merged duplicate left the search");
            Assert.That(after.Facet("status").Single(v => v.Value == "FullyImplemented").Count, Is.EqualTo(2));
            Assert.That(Names(data, after).Take(2), Is.EquivalentTo(new[] { "u1", "c2" }), "the status order follows the new status");
            Assert.That(Names(data, after), Does.Not.Contain("u3"));
        });
    }

    [Test]
    public async Task Renumbering_and_deleting_change_the_order_and_the_count()
    {
        var data = await PortalFixtures.KnownAsync();
        var before = await SearchAsync(data, new PortalQuery());
        Assert.That(Names(data, before).Where(n => n.StartsWith('c')), Is.EqualTo(new[] { "c1", "c2" }));

        await ExecuteAsync(data, $"""
            UPDATE recommendations SET sort_key = '0000' WHERE id = {data["c2"]};
            DELETE FROM recommendations WHERE id = {data["u3"]};
            """);
        var after = await SearchAsync(data, new PortalQuery());

        Assert.Multiple(() =>
        {
            Assert.That(Names(data, after).Where(n => n.StartsWith('c')), Is.EqualTo(new[] { "c2", "c1" }));
            Assert.That(after.Total, Is.EqualTo(5));
            Assert.That(after.Facet("position").Sum(v => v.Count), Is.EqualTo(5));
        });
    }

    [Test]
    public async Task The_index_is_made_again_after_the_version_row_was_deleted_and_the_data_rewritten()
    {
        var data = await PortalFixtures.KnownAsync();
        var first = await SearchAsync(data, new PortalQuery { Position = Core.Registry.Position.Noted });
        Assert.That(Names(data, first), Is.EqualTo(new[] { "u3" }));

        // As a restore with --replace does: the version row goes, the data are written again.
        await ExecuteAsync(data, $"""
            DELETE FROM portal_versions;
            UPDATE recommendations SET position = 'Supported' WHERE id = {data["u3"]};
            """);

        Assert.That((await SearchAsync(data, new PortalQuery { Position = Core.Registry.Position.Noted })).Total, Is.Zero);
    }

    [Test]
    public async Task Two_tenants_searched_in_turn_each_get_their_own_counts()
    {
        var one = await PortalFixtures.KnownAsync();
        var two = await PortalFixtures.KnownAsync();
        await ExecuteAsync(two, $"DELETE FROM recommendations WHERE id = {two["c2"]}");

        for (var i = 0; i < 2; i++)
        {
            Assert.That((await SearchAsync(one, new PortalQuery())).Total, Is.EqualTo(6));
            Assert.That((await SearchAsync(two, new PortalQuery())).Total, Is.EqualTo(5));
        }
    }
}
