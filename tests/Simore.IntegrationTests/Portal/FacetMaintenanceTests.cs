using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Simore.Core.Portal;
using Simore.Core.Registry;

namespace Simore.IntegrationTests.Portal;

/// <summary>
/// The search's facet keys are kept by triggers beside the recommendations: every later change of a
/// tag, an assignment, a cluster or a document shows in the counts and filters at once, and the
/// recommendation's own row (its row version) is never touched by them.
/// </summary>
public sealed class FacetMaintenanceTests
{
    private static Task<PortalResult> SearchAsync(KnownData data, PortalQuery query) =>
        Fixtures.InTenantAsync(data.Tenant, (services, _) => services.GetRequiredService<PortalSearch>().SearchAsync(query));

    private static Dictionary<string, int> Facet(PortalResult result, string name) =>
        result.Facet(name).ToDictionary(v => v.Value, v => v.Count);

    private static IEnumerable<string> Names(KnownData data, PortalResult result) =>
        result.Items.Select(i => data.Ids.Single(p => p.Value == i.Id).Key).Order();

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    [Test]
    public async Task Changes_after_creation_show_in_counts_and_filters_at_once()
    {
        var data = await PortalFixtures.KnownAsync();
        await Fixtures.InTenantAsync(data.Tenant, async (_, db) =>
        {
            // u1 loses its institution and a State, gains a theme; u3 joins the cluster; c2 gets a target of goal 5.
            db.Assignments.Remove(await db.Assignments.SingleAsync(a => a.RecommendationId == data.Ids["u1"] && a.InstitutionId == data.Labour));
            db.Remove(await db.Set<RecommendingState>().SingleAsync(s => s.RecommendationId == data.Ids["u1"] && s.CountryCode == "ESP"));
            db.Add(new RecommendationTheme { RecommendationId = data.Ids["u1"], ThemeCode = "education" });
            (await db.Recommendations.SingleAsync(r => r.Id == data.Ids["u3"])).ClusterId = data.Cluster;
            db.Add(new RecommendationSdgTarget { RecommendationId = data.Ids["c2"], TargetCode = "5.2" });
            await db.SaveChangesAsync();

            // The UPR document's cycle was wrong: every one of its recommendations moves.
            (await db.SourceDocuments.SingleAsync(d => d.Symbol == "A/HRC/52/15")).Cycle = 3;
            await db.SaveChangesAsync();
            return 0;
        });

        var all = await SearchAsync(data, new PortalQuery());

        Assert.Multiple(() =>
        {
            Assert.That(Facet(all, "institution"), Is.EquivalentTo(new Dictionary<string, int> { [Id(data.Labour)] = 1, [Id(data.Education)] = 2 }));
            Assert.That(Facet(all, "state"), Is.EquivalentTo(new Dictionary<string, int> { ["PRT"] = 2, ["ESP"] = 1, ["FRA"] = 2 }));
            Assert.That(Facet(all, "theme")["education"], Is.EqualTo(2));
            Assert.That(Facet(all, "cluster"), Is.EquivalentTo(new Dictionary<string, int> { [Id(data.Cluster)] = 3 }));
            Assert.That(Facet(all, "sdg"), Is.EquivalentTo(new Dictionary<string, int> { ["10"] = 1, ["4"] = 1, ["5"] = 3 }));
            Assert.That(Facet(all, "cycle"), Is.EquivalentTo(new Dictionary<string, int> { ["3"] = 4 }));
            Assert.That(all.Facet("target"), Is.Empty, "targets filter, they are not a facet");
        });

        Assert.That(Names(data, await SearchAsync(data, new PortalQuery { Institution = data.Labour })), Is.EqualTo(new[] { "u4" }));
        Assert.That(Names(data, await SearchAsync(data, new PortalQuery { State = "ESP" })), Is.EqualTo(new[] { "u4" }));
        Assert.That(Names(data, await SearchAsync(data, new PortalQuery { Cluster = data.Cluster })), Is.EqualTo(new[] { "u1", "u2", "u3" }));
        Assert.That(Names(data, await SearchAsync(data, new PortalQuery { Target = "5.2" })), Is.EqualTo(new[] { "c2" }));
        Assert.That(Names(data, await SearchAsync(data, new PortalQuery { Cycle = 4 })), Is.Empty);
    }

    [Test]
    public async Task A_recommendation_saved_with_new_tags_can_be_saved_again_by_the_same_editor()
    {
        var data = await PortalFixtures.KnownAsync();

        await Fixtures.InTenantAsync(data.Tenant, async (_, db) =>
        {
            var recommendation = await db.Recommendations.Include(r => r.States).SingleAsync(r => r.Id == data.Ids["u3"]);
            recommendation.Position = Position.Supported;
            recommendation.States.Add(new RecommendingState { CountryCode = "ESP" });
            await db.SaveChangesAsync();

            // The triggers wrote the facet keys, not this row: the version EF Core holds is still the row's.
            recommendation.ShortTitle = "Disabilities protocol";
            Assert.DoesNotThrowAsync(() => db.SaveChangesAsync());
            return 0;
        });

        var result = await SearchAsync(data, new PortalQuery { State = "ESP", Position = Position.Supported });
        Assert.That(Names(data, result), Is.EqualTo(new[] { "u1", "u3", "u4" }));
    }
}
