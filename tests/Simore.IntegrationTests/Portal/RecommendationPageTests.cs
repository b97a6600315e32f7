using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Simore.Core.FollowUp;
using Simore.Core.Portal;
using Simore.Core.Registry;
using Simore.Core.Tenancy;
using Simore.IntegrationTests.CivilSociety;

namespace Simore.IntegrationTests.Portal;

/// <summary>
/// The public page of one recommendation: what it shows and hides (merged duplicates, unpublished
/// follow-up, moderation, organisation-only authors, rejected links), and that it costs the database
/// one batch of reads.
/// </summary>
public sealed class RecommendationPageTests
{
    [Test]
    public async Task The_page_reads_the_database_in_two_round_trips()
    {
        var (tenant, ids) = await TenantWithPageAsync();
        using var visitor = TestEnvironment.App.CreateBrowser();

        // The tenant is known to the app after a first request; the page itself is then not cached yet.
        await visitor.GetAsync($"/{tenant.Slug}/recommendations/{ids.Other}");
        var trace = ActivityTraceId.CreateRandom();
        var commands = new ConcurrentBag<string>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> options) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activity.TraceId == trace)
                {
                    var text = activity.GetTagItem("db.query.text") as string ?? activity.GetTagItem("db.statement") as string ?? activity.DisplayName;
                    commands.Add(text.Length > 40 ? text[..40] : text);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/{tenant.Slug}/recommendations/{ids.Page}");
        request.Headers.Add("traceparent", $"00-{trace}-{ActivitySpanId.CreateRandom()}-01");
        using var response = await visitor.Client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("Speaking for the watch only."), "the page was read, with its discussion");
        Assert.That(commands, Has.Count.InRange(1, 2), "the tenant setting of the connection, then one batch: " + string.Join(" | ", commands));
    }

    [Test]
    public async Task A_merged_duplicate_points_to_the_recommendation_it_became()
    {
        var (tenant, ids) = await TenantWithPageAsync();
        using var visitor = TestEnvironment.App.CreateBrowser();

        var duplicate = await visitor.GetAsync($"/{tenant.Slug}/recommendations/{ids.Duplicate}");
        var target = await visitor.GetAsync($"/{tenant.Slug}/recommendations/{ids.Page}");

        Assert.That(duplicate.Status, Is.EqualTo(HttpStatusCode.OK));
        var notice = duplicate.Document.QuerySelector(".alert-info")!;
        Assert.That(notice.TextContent, Does.Contain("This recommendation was recorded twice"));
        Assert.That(notice.QuerySelector("a")!.GetAttribute("href"), Is.EqualTo($"/{tenant.Slug}/recommendations/{ids.Page}"));
        Assert.That(notice.TextContent, Does.Contain(ids.Symbol + " 140.1"));
        Assert.That(target.Document.QuerySelector(".alert-info"), Is.Null, "the recommendation it became is no duplicate");
        Assert.That(target.Document.QuerySelector("section[aria-labelledby=related-heading]")?.TextContent ?? string.Empty, Does.Not.Contain("140.3"), "a merged duplicate is never offered as related");
    }

    [Test]
    public async Task Only_published_follow_up_and_approved_civil_society_texts_reach_the_page()
    {
        var (tenant, ids) = await TenantWithPageAsync();

        var html = await CivilFixtures.PublicPageAsync(tenant.Slug, ids.Page);

        Assert.That(html, Does.Contain("Published evidence"));
        Assert.That(html, Does.Not.Contain("Unpublished evidence"), "evidence of an entry that is not published");
        Assert.That(html, Does.Contain("Speaking for the watch only."));
        Assert.That(html, Does.Contain("Human Rights Watch Slovenia"));
        Assert.That(html, Does.Not.Contain("Mira Hidden"), "an organisation-only author's name never reaches the page");
        Assert.That(html, Does.Contain("Named Assessor"));
        Assert.That(html, Does.Not.Contain("Still waiting for moderation"));
        Assert.That(html, Does.Not.Contain("Rejected by the moderator"));
        Assert.That(html, Does.Contain("About the published action."));
        Assert.That(html, Does.Contain("On the action reported by Ministry of Social Affairs"), "a comment on a published entry names it");
        Assert.That(html, Does.Contain("About the draft."));
        Assert.That(html.Split("On the action reported by").Length, Is.EqualTo(2), "a comment on an unpublished entry does not name it");
    }

    [Test]
    public async Task Related_recommendations_leave_out_rejected_and_duplicate_links()
    {
        var (tenant, ids) = await TenantWithPageAsync();
        using var visitor = TestEnvironment.App.CreateBrowser();

        var page = await visitor.GetAsync($"/{tenant.Slug}/recommendations/{ids.Page}");
        var related = page.Document.QuerySelector("section[aria-labelledby=related-heading]")!.TextContent;

        Assert.That(related, Does.Contain("140.2"), "a link made from the other recommendation counts too");
        Assert.That(related, Does.Contain("Similar wording"), "a link nobody confirmed");
        Assert.That(related, Does.Not.Contain("140.4"), "a rejected link");
        Assert.That(related, Does.Not.Contain("140.5"), "a duplicate is merged, not related");
    }

    private sealed record PageIds(long Page, long Other, long Duplicate, string Symbol);

    /// <summary>
    /// Recommendation 140.1 with a published and a draft entry (each with evidence), moderated and
    /// unmoderated assessments and comments, links to 140.2 (proposed, made from 140.2), 140.4
    /// (rejected) and 140.5 (duplicate); 140.3 was merged into 140.1.
    /// </summary>
    private static async Task<(Tenant Tenant, PageIds Ids)> TenantWithPageAsync()
    {
        var tenant = await Fixtures.NewTenantAsync();
        var ids = await Fixtures.AddRecommendationsAsync(tenant, "Adopt a national action plan", "Adopt an action plan on Roma", "Adopt a national plan", "Ratify the convention", "Adopt a national action plan.");
        var published = await CivilFixtures.EntryAsync(tenant, ids[0], EntryStatus.Published);
        var draft = await CivilFixtures.EntryAsync(tenant, ids[0], EntryStatus.Draft, "Ministry of Finance");
        var author = (await CivilFixtures.ParticipantAsync(tenant)).Id;
        var symbol = await Fixtures.InTenantAsync(tenant, async (_, db) =>
        {
            var now = DateTimeOffset.UtcNow;
            Assessment Assessment(string name, string? organisation, bool organisationOnly, string text, ModerationStatus status) => new()
            {
                RecommendationId = ids[0],
                AuthorId = author,
                DisplayName = name,
                Organisation = organisation,
                OrganisationOnly = organisationOnly,
                AssessedStatus = ImplementationStatus.InProgress,
                Text = text,
                Status = status,
                CreatedAt = now,
            };

            db.Evidence.AddRange(
                new Evidence { EntryId = published, Kind = EvidenceKind.Link, Title = "Published evidence", Url = "https://example.org/published", AddedBy = "test", AddedAt = now },
                new Evidence { EntryId = draft, Kind = EvidenceKind.Link, Title = "Unpublished evidence", Url = "https://example.org/draft", AddedBy = "test", AddedAt = now });
            db.Assessments.AddRange(
                Assessment("Mira Hidden", "Human Rights Watch Slovenia", organisationOnly: true, "Speaking for the watch only.", ModerationStatus.Approved),
                Assessment("Named Assessor", null, organisationOnly: false, "In my own name.", ModerationStatus.Approved),
                Assessment("Pending Person", null, organisationOnly: false, "Still waiting for moderation", ModerationStatus.Pending),
                Assessment("Rejected Person", null, organisationOnly: false, "Rejected by the moderator", ModerationStatus.Rejected));
            db.Comments.AddRange(
                new Comment { RecommendationId = ids[0], EntryId = published, AuthorId = author, DisplayName = "Commenter", Text = "About the published action.", Status = ModerationStatus.Approved, CreatedAt = now },
                new Comment { RecommendationId = ids[0], EntryId = draft, AuthorId = author, DisplayName = "Commenter", Text = "About the draft.", Status = ModerationStatus.Approved, CreatedAt = now.AddMinutes(1) });
            db.RecommendationLinks.AddRange(
                new RecommendationLink { FromId = ids[1], ToId = ids[0], Kind = LinkKind.Related, Status = LinkStatus.Proposed, Score = 0.7, CreatedAt = now },
                new RecommendationLink { FromId = ids[0], ToId = ids[3], Kind = LinkKind.Related, Status = LinkStatus.Rejected, Score = 0.9, CreatedAt = now },
                new RecommendationLink { FromId = ids[0], ToId = ids[4], Kind = LinkKind.Duplicate, Status = LinkStatus.Proposed, Score = 0.99, CreatedAt = now },
                new RecommendationLink { FromId = ids[0], ToId = ids[2], Kind = LinkKind.Related, Status = LinkStatus.Confirmed, CreatedAt = now });
            var duplicate = await db.Recommendations.Include(r => r.Document).SingleAsync(r => r.Id == ids[2]);
            duplicate.MergedIntoId = ids[0];
            await db.SaveChangesAsync();
            return duplicate.Document!.Symbol;
        });
        return (tenant, new PageIds(ids[0], ids[1], ids[2], symbol));
    }
}
