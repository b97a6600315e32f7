using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Simore.Core.Registry;
using Simore.Core.Registry.Similarity;

namespace Simore.IntegrationTests.Registry;

/// <summary>Slovenia's cycle 2 and cycle 4 lists: the same concerns recur, and Simore should notice.</summary>
public sealed class SimilarityTests
{
    private static readonly string Cycle2 = Fixtures.DataFile("ohchr", "SVN_cycle2_UPR20_thematic_list.docx");
    private static readonly string Cycle4 = Fixtures.DataFile("ohchr", "SVN_cycle4_UPR48_thematic_list.docx");

    [Test]
    public async Task Importing_a_later_cycle_proposes_links_to_the_earlier_one_once()
    {
        var tenant = await Fixtures.NewTenantAsync();
        await Fixtures.ImportAsync(tenant, Cycle2);
        var later = await Fixtures.ImportAsync(tenant, Cycle4);

        var again = await Fixtures.InTenantAsync(tenant, async (services, _) =>
        {
            var job = services.GetRequiredService<LinkProposalJob>();
            await job.RunAsync(tenant.Id, later.Batch.Id, CancellationToken.None);
            return await job.RunAsync(tenant.Id, later.Batch.Id, CancellationToken.None);
        });

        await Fixtures.InTenantAsync(tenant, async (_, db) =>
        {
            var links = await db.RecommendationLinks.ToListAsync();
            var byParagraph = await db.Recommendations.ToDictionaryAsync(r => r.Id, r => r.Paragraph);
            Assert.That(links, Is.Not.Empty);
            Assert.That(links.All(l => l.Kind == LinkKind.PreviouslyRecommended && l.Status == LinkStatus.Proposed && l.Score >= LinkProposalJob.Threshold));
            Assert.That(links.All(l => byParagraph[l.FromId].StartsWith("140.", StringComparison.Ordinal) && byParagraph[l.ToId].StartsWith("115.", StringComparison.Ordinal)), "from cycle 4 to cycle 2");
            Assert.That(links.Any(l => byParagraph[l.FromId] == "140.8" && byParagraph[l.ToId] == "115.4"), "both ask Slovenia to ratify the Optional Protocol to the ICESCR");
            return 0;
        });
        Assert.That(again, Is.Zero, "running the job again adds nothing");
    }

    [Test]
    public async Task Similar_recommendations_are_ranked_and_labelled()
    {
        var tenant = await Fixtures.NewTenantAsync();
        await Fixtures.ImportAsync(tenant, Cycle2);
        await Fixtures.ImportAsync(tenant, Cycle4);

        var similar = await Fixtures.InTenantAsync(tenant, async (services, db) =>
        {
            var id = await db.Recommendations.Where(r => r.Paragraph == "140.7").Select(r => r.Id).SingleAsync();
            return await services.GetRequiredService<SimilarityService>().FindAsync(id, 10);
        });

        Assert.That(similar, Is.Not.Empty);
        Assert.That(similar.Select(s => s.Score), Is.Ordered.Descending);
        Assert.That(similar.Take(5).Select(s => s.Paragraph), Does.Contain("140.8").And.Contain("115.4"), "the same ask from another State and from the second cycle");
        Assert.That(similar.Where(s => s.Cycle == 2).Select(s => s.SuggestedKind), Is.All.EqualTo(LinkKind.PreviouslyRecommended));
        Assert.That(similar.Where(s => s.Cycle == 4).Select(s => s.SuggestedKind), Is.All.EqualTo(LinkKind.Related));
    }

    [Test]
    public async Task An_untagged_recommendation_gets_themes_from_its_neighbours_and_a_refusal_sticks()
    {
        var tenant = await Fixtures.NewTenantAsync();
        await Fixtures.ImportAsync(tenant, Cycle4);
        var id = (await Fixtures.AddRecommendationsAsync(tenant, "Ratify the Optional Protocol to the International Covenant on Economic, Social and Cultural Rights as soon as possible"))[0];

        var suggestions = await Fixtures.InTenantAsync(tenant, (services, _) => services.GetRequiredService<TagSuggester>().SuggestAsync(id));
        Assert.That(suggestions.Where(s => s.Kind == SuggestionKind.Theme).Select(s => s.Code), Does.Contain("ratification-accession"));
        var refused = suggestions.First(s => s.Kind == SuggestionKind.Group);

        await Fixtures.InTenantAsync(tenant, async (services, _) =>
        {
            var suggester = services.GetRequiredService<TagSuggester>();
            await suggester.DecideAsync(id, SuggestionKind.Theme, "ratification-accession", accept: true, "test");
            await suggester.DecideAsync(id, refused.Kind, refused.Code, accept: false, "test");
            return 0;
        });
        var after = await Fixtures.InTenantAsync(tenant, (services, _) => services.GetRequiredService<TagSuggester>().SuggestAsync(id));

        Assert.That(await Fixtures.InTenantAsync(tenant, (_, db) => db.RecommendationThemes.SingleAsync(t => t.RecommendationId == id)), Has.Property(nameof(RecommendationTheme.Origin)).EqualTo(TagOrigin.Suggested));
        Assert.That(after.Any(s => s.Kind == SuggestionKind.Theme), Is.False, "the recommendation now has a theme");
        Assert.That(after.Any(s => s.Kind == refused.Kind && s.Code == refused.Code), Is.False, "a refused suggestion does not come back");
    }
}
