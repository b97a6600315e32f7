using System.Net;
using Microsoft.EntityFrameworkCore;
using Simore.Core.FollowUp;
using Simore.Core.Identity;
using Simore.Core.Portal;

namespace Simore.IntegrationTests.CivilSociety;

/// <summary>Who may write and moderate where: other States' ids are not found, other roles are refused.</summary>
public sealed class IsolationTests
{
    [Test]
    public async Task Only_published_entries_of_the_same_recommendation_can_be_commented_on()
    {
        using var forum = await CivilFixtures.ForumAsync();
        var draft = await CivilFixtures.EntryAsync(forum.Tenant, forum.Recommendation, EntryStatus.Draft, "Ministry of Housing");
        var validated = await CivilFixtures.EntryAsync(forum.Tenant, forum.Recommendation, EntryStatus.Validated, "Ministry of Labour");
        var otherRecommendation = (await Fixtures.AddRecommendationsAsync(forum.Tenant, "Another recommendation"))[0];
        var elsewhere = await CivilFixtures.EntryAsync(forum.Tenant, otherRecommendation, EntryStatus.Published, "Ministry of Education");
        using var participant = await Fixtures.SignInAsync(forum.Participant);
        var baseUrl = $"/{forum.Slug}/recommendations/{forum.Recommendation}/comment";
        var form = await participant.GetAsync(baseUrl);

        var draftPage = await participant.GetAsync($"{baseUrl}?entry={draft}");
        var validatedPage = await participant.GetAsync($"{baseUrl}?entry={validated}");
        var elsewherePage = await participant.GetAsync($"{baseUrl}?entry={elsewhere}");
        var postedOnDraft = await participant.SubmitAsync(form, new Dictionary<string, string> { ["Text"] = "On the draft.", ["Entry"] = draft.ToString(System.Globalization.CultureInfo.InvariantCulture) }, formAction: "/comment");

        Assert.That(draftPage.Status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(validatedPage.Status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(elsewherePage.Status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(postedOnDraft.Status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(form.Document.QuerySelectorAll("#Entry option").Select(o => o.GetAttribute("value")), Is.EqualTo(new[] { string.Empty }), "unpublished entries are not offered");
        Assert.That(await Fixtures.InTenantAsync(forum.Tenant, (_, db) => db.Comments.AnyAsync()), Is.False);
    }

    [Test]
    public async Task Another_States_ids_are_not_found_for_commenting_nor_for_moderating()
    {
        using var a = await CivilFixtures.ForumAsync();
        using var b = await CivilFixtures.ForumAsync();
        using var participantA = await Fixtures.SignInAsync(a.Participant);
        using var participantB = await Fixtures.SignInAsync(b.Participant);
        await CivilFixtures.CommentAsync(participantB, b.Slug, b.Recommendation, "A comment in State B.");
        var commentB = await CivilFixtures.LatestCommentAsync(b.Tenant, b.Participant.Id);
        var queueA = await a.AdminBrowser!.GetAsync($"/{a.Slug}/moderation");

        var commentPage = await participantA.GetAsync($"/{a.Slug}/recommendations/{b.Recommendation}/comment");
        var assessmentPage = await participantA.GetAsync($"/{a.Slug}/recommendations/{b.Recommendation}/assessment");
        var crafted = await PostWithTokenAsync(a.AdminBrowser!, queueA, $"/{a.Slug}/moderation/comments/{commentB.Id}/approve", commentB.Version);
        await CivilFixtures.ModerateAsync(b.AdminBrowser!, b.Slug, "comments", commentB.Id, "approve");
        using var visitor = CivilFixtures.Visitor();
        var reportAcross = await visitor.GetAsync($"/{a.Slug}/report-abuse?comment={commentB.Id}");
        var reportHome = await visitor.GetAsync($"/{b.Slug}/report-abuse?comment={commentB.Id}");

        Assert.That(commentPage.Status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(assessmentPage.Status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(queueA.Text, Does.Not.Contain("A comment in State B."));
        Assert.That(crafted, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(reportAcross.Status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(reportHome.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await CivilFixtures.CommentAsync(b.Tenant, commentB.Id)).ModeratedBy, Is.EqualTo(b.Admin.Email), "only B's administrator moderated it");
    }

    [Test]
    public async Task A_participant_of_one_State_cannot_comment_in_another()
    {
        var a = await Fixtures.NewTenantAsync();
        var b = await Fixtures.NewTenantAsync();
        var recommendationB = (await Fixtures.AddRecommendationsAsync(b, "Recommendation of State B"))[0];
        var participantOfA = await CivilFixtures.ParticipantAsync(a);
        using var browser = await Fixtures.SignInAsync(participantOfA);
        var own = await browser.GetAsync($"/{a.Slug}/my-contributions");

        var page = await browser.GetAsync($"/{b.Slug}/recommendations/{recommendationB}/comment");
        var crafted = await PostWithTokenAsync(browser, own, $"/{b.Slug}/recommendations/{recommendationB}/comment", text: "Sneaking in.");

        Assert.That(own.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(page.Text, Does.Contain("Take part with my account"));
        Assert.That(crafted, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await Fixtures.InTenantAsync(b, (_, db) => db.Comments.AnyAsync()), Is.False);
    }

    [Test]
    public async Task Anonymous_visitors_are_sent_to_sign_in_and_other_roles_are_denied_moderation()
    {
        var tenant = await Fixtures.NewTenantAsync();
        using var anonymous = CivilFixtures.Visitor();
        var focal = await Fixtures.NewUserAsync(tenant, Roles.FocalPoint);
        var civil = await CivilFixtures.ParticipantAsync(tenant);
        using var focalBrowser = await Fixtures.SignInAsync(focal);
        using var civilBrowser = await Fixtures.SignInAsync(civil);

        var anonymousQueue = await anonymous.GetAsync($"/{tenant.Slug}/moderation");
        var anonymousReports = await anonymous.GetAsync($"/{tenant.Slug}/moderation/reports");
        var focalQueue = await focalBrowser.GetAsync($"/{tenant.Slug}/moderation");
        var civilReports = await civilBrowser.GetAsync($"/{tenant.Slug}/moderation/reports");

        Assert.That(anonymousQueue.Location, Does.Contain("/account/login"));
        Assert.That(anonymousReports.Location, Does.Contain("/account/login"));
        Assert.That(focalQueue.Location, Does.Contain("/account/denied"));
        Assert.That(civilReports.Location, Does.Contain("/account/denied"));
    }

    /// <summary>Posts a crafted form with a valid antiforgery token taken from one of the browser's pages.</summary>
    private static async Task<HttpStatusCode> PostWithTokenAsync(Browser browser, Browser.Page tokenPage, string url, uint version = 0, string? text = null)
    {
        var token = tokenPage.Document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new AssertionException("No antiforgery token on " + tokenPage.Url);
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Text"] = text ?? string.Empty,
        };
        var response = await browser.Client.PostAsync(url, new FormUrlEncodedContent(fields));
        return response.StatusCode;
    }
}
