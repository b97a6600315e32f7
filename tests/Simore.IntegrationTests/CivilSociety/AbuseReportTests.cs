using System.Net;
using Microsoft.EntityFrameworkCore;
using Simore.Core.Portal;

namespace Simore.IntegrationTests.CivilSociety;

public sealed class AbuseReportTests
{
    [Test]
    public async Task A_visitors_report_reaches_the_administrator_who_takes_the_comment_down()
    {
        using var forum = await CivilFixtures.ForumAsync();
        var comment = await ApprovedCommentAsync(forum, "Those people should all be expelled.");
        using var visitor = CivilFixtures.Visitor();
        var publicPage = await visitor.GetAsync($"/{forum.Slug}/recommendations/{forum.Recommendation}");
        var reportLink = publicPage.Document.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).Single(h => h == $"/{forum.Slug}/report-abuse?comment={comment.Id}");

        var form = await visitor.GetAsync(reportLink!);
        var empty = await visitor.SubmitAsync(form, new Dictionary<string, string> { ["Reason"] = " " }, formAction: "/report-abuse");
        var reported = await visitor.SubmitAsync(form, new Dictionary<string, string> { ["Reason"] = "Hate speech against Roma." }, formAction: "/report-abuse");
        var reports = await forum.AdminBrowser!.GetAsync($"/{forum.Slug}/moderation/reports");
        var reportId = await Fixtures.InTenantAsync(forum.Tenant, (_, db) => db.AbuseReports.Select(r => r.Id).SingleAsync());
        var hidden = await forum.AdminBrowser!.SubmitAsync(reports, new Dictionary<string, string> { ["Reason"] = "Incitement to hatred." }, formAction: $"/moderation/reports/{reportId}/hide");
        var afterwards = await CivilFixtures.PublicPageAsync(forum.Slug, forum.Recommendation);
        var report = await Fixtures.InTenantAsync(forum.Tenant, (_, db) => db.AbuseReports.AsNoTracking().SingleAsync());
        var stored = await CivilFixtures.CommentAsync(forum.Tenant, comment.Id);
        var reportsAfterwards = await forum.AdminBrowser!.GetAsync($"/{forum.Slug}/moderation/reports");

        Assert.That(form.Text, Does.Contain("Those people should all be expelled."));
        Assert.That(empty.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(empty.Text, Does.Contain("Say what is wrong with it."));
        Assert.That(reported.Location, Does.StartWith($"/{forum.Slug}/report-abuse/thanks"));
        Assert.That(reports.Text, Does.Contain("Hate speech against Roma."));
        Assert.That(reports.Text, Does.Contain("Those people should all be expelled."));
        Assert.That(hidden.Status, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(afterwards, Does.Not.Contain("Those people should all be expelled."));
        Assert.That(stored.Status, Is.EqualTo(ModerationStatus.Hidden));
        Assert.That(stored.ModerationReason, Is.EqualTo("Incitement to hatred."));
        Assert.That(report.ReporterId, Is.Null);
        Assert.That(report.ResolvedAt, Is.Not.Null);
        Assert.That(report.ResolvedBy, Is.EqualTo(forum.Admin.Email));
        Assert.That(reportsAfterwards.Text, Does.Contain("No open report."));
        Assert.That((await CivilFixtures.MailToAsync(forum.Tenant, forum.Participant.Email)).Select(m => m.Subject), Has.Some.Contains("was taken down"));
    }

    [Test]
    public async Task A_dismissed_report_leaves_the_comment_published()
    {
        using var forum = await CivilFixtures.ForumAsync();
        var comment = await ApprovedCommentAsync(forum, "The budget was cut by half.");
        using var visitor = CivilFixtures.Visitor();
        var form = await visitor.GetAsync($"/{forum.Slug}/report-abuse?comment={comment.Id}");
        await visitor.SubmitAsync(form, new Dictionary<string, string> { ["Reason"] = "I disagree." }, formAction: "/report-abuse");
        var reports = await forum.AdminBrowser!.GetAsync($"/{forum.Slug}/moderation/reports");
        var reportId = await Fixtures.InTenantAsync(forum.Tenant, (_, db) => db.AbuseReports.Select(r => r.Id).SingleAsync());

        await forum.AdminBrowser!.SubmitAsync(reports, new Dictionary<string, string>(), formAction: $"/moderation/reports/{reportId}/dismiss");
        var report = await Fixtures.InTenantAsync(forum.Tenant, (_, db) => db.AbuseReports.AsNoTracking().SingleAsync());

        Assert.That(report.ResolvedBy, Is.EqualTo(forum.Admin.Email));
        Assert.That((await CivilFixtures.CommentAsync(forum.Tenant, comment.Id)).Status, Is.EqualTo(ModerationStatus.Approved));
        Assert.That(await CivilFixtures.PublicPageAsync(forum.Slug, forum.Recommendation), Does.Contain("The budget was cut by half."));
    }

    [Test]
    public async Task Only_published_items_can_be_reported()
    {
        using var forum = await CivilFixtures.ForumAsync();
        using var participant = await Fixtures.SignInAsync(forum.Participant);
        await CivilFixtures.CommentAsync(participant, forum.Slug, forum.Recommendation, "Still waiting for moderation.");
        var pending = await CivilFixtures.LatestCommentAsync(forum.Tenant, forum.Participant.Id);
        using var visitor = CivilFixtures.Visitor();

        var page = await visitor.GetAsync($"/{forum.Slug}/report-abuse?comment={pending.Id}");
        var nothing = await visitor.GetAsync($"/{forum.Slug}/report-abuse");

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(nothing.Status, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Reports_are_limited_per_client_address()
    {
        using var forum = await CivilFixtures.ForumAsync();
        var comment = await ApprovedCommentAsync(forum, "Reported again and again.");
        using var visitor = CivilFixtures.Visitor();
        var form = await visitor.GetAsync($"/{forum.Slug}/report-abuse?comment={comment.Id}");

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 11; i++)
        {
            answers.Add((await visitor.SubmitAsync(form, new Dictionary<string, string> { ["Reason"] = "Spam " + i }, formAction: "/report-abuse")).Status);
        }

        Assert.That(answers.Take(10), Is.All.EqualTo(HttpStatusCode.Redirect));
        Assert.That(answers[10], Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(await Fixtures.InTenantAsync(forum.Tenant, (_, db) => db.AbuseReports.CountAsync()), Is.EqualTo(10));
    }

    private static async Task<Comment> ApprovedCommentAsync(Forum forum, string text)
    {
        using var participant = await Fixtures.SignInAsync(forum.Participant);
        await CivilFixtures.CommentAsync(participant, forum.Slug, forum.Recommendation, text);
        var comment = await CivilFixtures.LatestCommentAsync(forum.Tenant, forum.Participant.Id);
        await CivilFixtures.ModerateAsync(forum.AdminBrowser!, forum.Slug, "comments", comment.Id, "approve");
        return comment;
    }
}
