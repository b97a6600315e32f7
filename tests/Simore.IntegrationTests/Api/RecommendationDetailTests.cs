using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Simore.Core.FollowUp;
using Simore.IntegrationTests.FollowUp;

namespace Simore.IntegrationTests.Api;

/// <summary>GET /api/v1/{tenant}/recommendations/{id}: one recommendation and only its published follow-up.</summary>
public sealed class RecommendationDetailTests
{
    [Test]
    public async Task One_recommendation_has_the_fields_of_the_list()
    {
        var set = await OpenDataSet.CreateAsync();
        using var client = OpenDataClient.Create();

        var (response, json) = await client.GetJsonAsync($"{set.Api}/{set.Education}");
        var (_, list) = await client.GetJsonAsync($"{set.Api}?theme=education");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var listed = list["items"]![0]!.AsObject();
        foreach (var (key, value) in listed)
        {
            Assert.That(json[key]?.ToJsonString(), Is.EqualTo(value?.ToJsonString()), key);
        }

        Assert.That(json["followUp"]!.AsArray(), Is.Empty);
    }

    [Test]
    public async Task Unpublished_follow_up_is_neither_shown_nor_searchable_and_published_follow_up_is_both()
    {
        var m = await FollowUpFixtures.MinistryAsync(recommendations: 1);
        var recommendation = m.Recommendations[0];
        foreach (var (status, word) in new[] { (EntryStatus.Draft, "xylophone"), (EntryStatus.Submitted, "marimba"), (EntryStatus.Validated, "ocarina"), (EntryStatus.Returned, "harpsichord") })
        {
            await EntryAsync(m, status, $"The {word} programme was funded.", recommendation);
        }

        var published = await EntryAsync(m, EntryStatus.Validated, "The harmonium programme was funded in 2026.", recommendation);
        var api = $"/api/v1/{m.Tenant.Slug}/recommendations";
        using var client = OpenDataClient.Create();
        var (_, before) = await client.GetJsonAsync($"{api}/{recommendation}");
        var (foundBefore, _) = await client.SearchAsync($"{api}?q=harmonium");

        await Fixtures.InTenantAsync(m.Tenant, async (services, db) =>
        {
            var entry = await db.FollowUpEntries.Include(e => e.Recommendations).SingleAsync(e => e.Id == published);
            return await services.GetRequiredService<EntryWorkflow>().MoveAsync(entry, EntryStatus.Published, null);
        });
        var (_, after) = await client.GetJsonAsync($"{api}/{recommendation}");
        var afterText = after.ToJsonString();

        Assert.That(before["followUp"]!.AsArray(), Is.Empty);
        Assert.That(foundBefore, Is.Zero, "a validated entry is not yet public");
        var entries = after["followUp"]!.AsArray();
        Assert.That(entries.Select(e => (long)e!["id"]!), Is.EqualTo(new[] { published }));
        Assert.That((string)entries[0]!["text"]!, Is.EqualTo("The harmonium programme was funded in 2026."));
        Assert.That((string)entries[0]!["institution"]!["name"]!, Is.EqualTo("Ministry of Justice"));
        Assert.That((string)entries[0]!["status"]!, Is.EqualTo("InProgress"));
        Assert.That((string)entries[0]!["evidence"]![0]!["url"]!, Is.EqualTo("https://gazette.example/harmonium"));
        Assert.That((string)after["status"]!, Is.EqualTo("InProgress"));
        Assert.That(afterText, Does.Not.Contain("xylophone").And.Not.Contain("marimba").And.Not.Contain("ocarina").And.Not.Contain("harpsichord"));
        Assert.That(afterText, Does.Not.Contain(m.FocalPoint.Email), "no e-mail address is public");
        foreach (var word in new[] { "xylophone", "marimba", "ocarina", "harpsichord" })
        {
            Assert.That((await client.SearchAsync($"{api}?q={word}")).Total, Is.Zero, word);
        }

        Assert.That((await client.SearchAsync($"{api}?q=harmonium")).Ids, Is.EqualTo(new[] { recommendation }));
    }

    [Test]
    public async Task A_merged_duplicate_is_not_found()
    {
        var set = await OpenDataSet.CreateAsync();
        using var client = OpenDataClient.Create();

        var response = await client.GetAsync($"{set.Api}/{set.Duplicate}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    private static Task<long> EntryAsync(Ministry m, EntryStatus status, string text, long recommendation) =>
        Fixtures.InTenantAsync(m.Tenant, async (_, db) =>
        {
            var now = DateTimeOffset.UtcNow;
            var entry = new FollowUpEntry
            {
                InstitutionId = m.Institution,
                AuthorId = m.FocalPoint.Id,
                AuthorName = m.FocalPoint.Email,
                Status = status,
                Text = text,
                MeasureKind = MeasureKind.Programme,
                ProposedStatus = ImplementationStatus.InProgress,
                CreatedAt = now,
                UpdatedAt = now,
                Recommendations = [new EntryRecommendation { RecommendationId = recommendation }],
                Evidence = [new Evidence { Kind = EvidenceKind.Link, Title = "Official gazette", Url = "https://gazette.example/" + text.Split(' ')[1], AddedBy = m.FocalPoint.Email, AddedAt = now }],
            };
            db.FollowUpEntries.Add(entry);
            await db.SaveChangesAsync();
            return entry.Id;
        });
}
