using System.Net;
using Simore.Core.FollowUp;
using Simore.Core.Portal;

namespace Simore.IntegrationTests.CivilSociety;

/// <summary>What the public page shows of civil society's contributions, and how.</summary>
public sealed class DisplayTests
{
    [Test]
    public async Task Markup_in_a_comment_is_stored_as_typed_and_shown_as_inert_text()
    {
        const string Typed = "<script>alert('x')</script>\n<img src=x onerror=alert(1)>\njavascript:alert(1)\nSee https://example.org/report?a=1&b=2 for figures.";
        using var forum = await CivilFixtures.ForumAsync();
        using var participant = await Fixtures.SignInAsync(forum.Participant);
        await CivilFixtures.CommentAsync(participant, forum.Slug, forum.Recommendation, Typed);
        var comment = await CivilFixtures.LatestCommentAsync(forum.Tenant, forum.Participant.Id);
        await CivilFixtures.ModerateAsync(forum.AdminBrowser!, forum.Slug, "comments", comment.Id, "approve");

        var html = await CivilFixtures.PublicPageAsync(forum.Slug, forum.Recommendation);
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);

        Assert.That(comment.Text.Replace("\r\n", "\n", StringComparison.Ordinal), Is.EqualTo(Typed));
        Assert.That(html, Does.Contain("&lt;script&gt;alert("));
        Assert.That(html, Does.Not.Contain("<script>alert"));
        Assert.That(html, Does.Contain("&lt;img src=x onerror=alert(1)&gt;"));
        Assert.That(document.QuerySelectorAll("img[onerror]"), Is.Empty);
        Assert.That(document.QuerySelectorAll("a").Select(a => a.GetAttribute("href") ?? string.Empty), Has.None.StartsWith("javascript:"));
        var link = document.QuerySelectorAll("a").Single(a => a.GetAttribute("href") == "https://example.org/report?a=1&b=2");
        Assert.That(link.GetAttribute("rel"), Is.EqualTo("nofollow noopener ugc"));
    }

    [Test]
    public async Task Organisation_only_keeps_the_persons_name_off_the_public_page()
    {
        using var forum = await CivilFixtures.ForumAsync(participantName: "Ana Novak", organisation: "Roma Rights Centre");
        using var participant = await Fixtures.SignInAsync(forum.Participant);
        await CivilFixtures.CommentAsync(participant, forum.Slug, forum.Recommendation, "Speaking for the centre only.", organisationOnly: true);
        var comment = await CivilFixtures.LatestCommentAsync(forum.Tenant, forum.Participant.Id);
        await CivilFixtures.ModerateAsync(forum.AdminBrowser!, forum.Slug, "comments", comment.Id, "approve");
        var someoneElse = await CivilFixtures.ParticipantAsync(forum.Tenant, "Boris Kern", "Open Society Club");
        using var other = await Fixtures.SignInAsync(someoneElse);
        await CivilFixtures.CommentAsync(other, forum.Slug, forum.Recommendation, "Speaking in my own name.");
        var named = await CivilFixtures.LatestCommentAsync(forum.Tenant, someoneElse.Id);
        await CivilFixtures.ModerateAsync(forum.AdminBrowser!, forum.Slug, "comments", named.Id, "approve");
        var queue = await forum.AdminBrowser!.GetAsync($"/{forum.Slug}/moderation?show=Approved");

        var html = await CivilFixtures.PublicPageAsync(forum.Slug, forum.Recommendation);

        Assert.That(comment.OrganisationOnly, Is.True);
        Assert.That(html, Does.Contain("Speaking for the centre only."));
        Assert.That(html, Does.Contain("Roma Rights Centre"));
        Assert.That(html, Does.Not.Contain("Ana Novak"));
        Assert.That(html, Does.Contain("Boris Kern"), "without the option the person's name is shown");
        Assert.That(html, Does.Contain("Open Society Club"));
        Assert.That(queue.Text, Does.Contain("Ana Novak"), "the moderator still sees who wrote it");
    }

    [Test]
    public async Task Organisation_only_needs_an_organisation()
    {
        using var forum = await CivilFixtures.ForumAsync(organisation: null);
        using var participant = await Fixtures.SignInAsync(forum.Participant);

        var answer = await CivilFixtures.CommentAsync(participant, forum.Slug, forum.Recommendation, "Anonymous, please.", organisationOnly: true);

        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(answer.Text, Does.Contain("Give the name of your organisation to publish under it only."));
        Assert.That(await Fixtures.InTenantAsync(forum.Tenant, (_, db) => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.Comments)), Is.False);
    }

    [Test]
    public async Task A_comment_on_a_published_entry_is_labelled_with_the_entry()
    {
        using var forum = await CivilFixtures.ForumAsync();
        var entry = await CivilFixtures.EntryAsync(forum.Tenant, forum.Recommendation, EntryStatus.Published, "Ministry of Social Affairs");
        using var participant = await Fixtures.SignInAsync(forum.Participant);

        var sent = await CivilFixtures.CommentAsync(participant, forum.Slug, forum.Recommendation, "The quotas are not met.", entry: entry);
        var comment = await CivilFixtures.LatestCommentAsync(forum.Tenant, forum.Participant.Id);
        await CivilFixtures.ModerateAsync(forum.AdminBrowser!, forum.Slug, "comments", comment.Id, "approve");
        var html = await CivilFixtures.PublicPageAsync(forum.Slug, forum.Recommendation);
        var article = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).GetElementById($"comment-{comment.Id}")!.ParentElement!;

        Assert.That(sent.Status, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(comment.EntryId, Is.EqualTo(entry));
        Assert.That(article.TextContent, Does.Contain("On the action reported by Ministry of Social Affairs"));
        Assert.That(article.TextContent, Does.Contain("The quotas are not met."));
    }

    [Test]
    public async Task An_approved_assessment_stands_beside_the_States_status_labelled_as_independent()
    {
        using var forum = await CivilFixtures.ForumAsync();
        using var participant = await Fixtures.SignInAsync(forum.Participant);
        var form = await participant.GetAsync($"/{forum.Slug}/recommendations/{forum.Recommendation}/assessment");

        var badLink = await participant.SubmitAsync(form, new Dictionary<string, string>
        {
            ["AssessedStatus"] = nameof(ImplementationStatus.NotStarted),
            ["Text"] = "Nothing has changed on the ground.",
            ["EvidenceUrl"] = "javascript:alert(1)",
        }, formAction: "/assessment");
        var sent = await participant.SubmitAsync(form, new Dictionary<string, string>
        {
            ["AssessedStatus"] = nameof(ImplementationStatus.NotStarted),
            ["Text"] = "Nothing has changed on the ground.",
            ["EvidenceUrl"] = "https://ngo.example/shadow-report.pdf",
        }, formAction: "/assessment");
        var assessment = await Fixtures.InTenantAsync(forum.Tenant, (_, db) => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Assessments));
        var beforeApproval = await CivilFixtures.PublicPageAsync(forum.Slug, forum.Recommendation);
        await CivilFixtures.ModerateAsync(forum.AdminBrowser!, forum.Slug, "assessments", assessment.Id, "approve");
        var html = await CivilFixtures.PublicPageAsync(forum.Slug, forum.Recommendation);
        var article = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).GetElementById($"assessment-{assessment.Id}")!.ParentElement!;

        Assert.That(badLink.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(badLink.Text, Does.Contain("The evidence link must be a full web address"));
        Assert.That(sent.Status, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(assessment.Status, Is.EqualTo(ModerationStatus.Pending));
        Assert.That(beforeApproval, Does.Not.Contain("Nothing has changed on the ground."));
        Assert.That(article.TextContent, Does.Contain("Independent assessment — not the State's view"));
        Assert.That(article.TextContent, Does.Contain("Not started"));
        Assert.That(article.TextContent, Does.Contain("Status reported by the State"));
        Assert.That(article.TextContent, Does.Contain("No information"));
        Assert.That(article.QuerySelector("a[href='https://ngo.example/shadow-report.pdf']"), Is.Not.Null);
    }

    [Test]
    public async Task The_public_page_offers_plain_links_to_take_part_and_no_form()
    {
        using var forum = await CivilFixtures.ForumAsync();
        using var visitor = CivilFixtures.Visitor();

        var response = await visitor.Client.GetAsync($"/{forum.Slug}/recommendations/{forum.Recommendation}");
        var page = await Browser.Page.ReadAsync(response);
        var discussion = page.Document.QuerySelectorAll("section[aria-labelledby='assessments-heading'], section[aria-labelledby='comments-heading']");
        var links = page.Document.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();

        Assert.That(discussion, Has.Length.EqualTo(2));
        Assert.That(links, Does.Contain($"/{forum.Slug}/recommendations/{forum.Recommendation}/comment"));
        Assert.That(links, Does.Contain($"/{forum.Slug}/recommendations/{forum.Recommendation}/assessment"));
        Assert.That(links, Does.Contain($"/{forum.Slug}/register"));
        Assert.That(discussion.SelectMany(s => s.QuerySelectorAll("form")), Is.Empty);
    }
}
