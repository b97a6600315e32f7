using System.Net;
using Simore.Core.Portal;

namespace Simore.IntegrationTests.CivilSociety;

public sealed class ModerationTests
{
    [Test]
    public async Task A_comment_waits_for_the_administrator_then_everyone_reads_it_and_the_author_is_told()
    {
        using var forum = await CivilFixtures.ForumAsync();
        using var participant = await Fixtures.SignInAsync(forum.Participant);

        var sent = await CivilFixtures.CommentAsync(participant, forum.Slug, forum.Recommendation, "Evictions of Roma families continued in 2024.");
        var comment = await CivilFixtures.LatestCommentAsync(forum.Tenant, forum.Participant.Id);
        var beforeApproval = await CivilFixtures.PublicPageAsync(forum.Slug, forum.Recommendation);
        var queue = await forum.AdminBrowser!.GetAsync($"/{forum.Slug}/moderation");
        var approved = await CivilFixtures.ModerateAsync(forum.AdminBrowser!, forum.Slug, "comments", comment.Id, "approve");
        var afterApproval = await CivilFixtures.PublicPageAsync(forum.Slug, forum.Recommendation);
        var stored = await CivilFixtures.CommentAsync(forum.Tenant, comment.Id);
        var mail = (await CivilFixtures.MailToAsync(forum.Tenant, forum.Participant.Email)).Single();

        Assert.That(sent.Status, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(comment.Status, Is.EqualTo(ModerationStatus.Pending));
        Assert.That(beforeApproval, Does.Not.Contain("Evictions of Roma families"));
        Assert.That(queue.Text, Does.Contain("Evictions of Roma families continued in 2024."));
        Assert.That(queue.Text, Does.Contain(forum.Participant.Email));
        Assert.That(approved.Status, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(afterApproval, Does.Contain("Evictions of Roma families continued in 2024."));
        Assert.That(afterApproval, Does.Contain("Ana Novak"));
        Assert.That(stored.Status, Is.EqualTo(ModerationStatus.Approved));
        Assert.That(stored.ModeratedBy, Is.EqualTo(forum.Admin.Email));
        Assert.That(stored.ModeratedAt, Is.Not.Null);
        Assert.That(mail.Kind, Is.EqualTo("Moderation"));
        Assert.That(mail.Subject, Does.Contain("is published"));
        Assert.That(mail.Body, Does.Contain($"/{forum.Slug}/recommendations/{forum.Recommendation}"));
    }

    [Test]
    public async Task A_rejection_needs_a_reason_which_the_author_receives_and_the_comment_stays_unpublished()
    {
        using var forum = await CivilFixtures.ForumAsync();
        using var participant = await Fixtures.SignInAsync(forum.Participant);
        await CivilFixtures.CommentAsync(participant, forum.Slug, forum.Recommendation, "Call the minister at home: 555-0100.");
        var comment = await CivilFixtures.LatestCommentAsync(forum.Tenant, forum.Participant.Id);

        var withoutReason = await forum.AdminBrowser!.FollowAsync(await CivilFixtures.ModerateAsync(forum.AdminBrowser!, forum.Slug, "comments", comment.Id, "reject", reason: "  "));
        var stillPending = await CivilFixtures.CommentAsync(forum.Tenant, comment.Id);
        await CivilFixtures.ModerateAsync(forum.AdminBrowser!, forum.Slug, "comments", comment.Id, "reject", reason: "It gives a private telephone number.");
        var rejected = await CivilFixtures.CommentAsync(forum.Tenant, comment.Id);
        var page = await CivilFixtures.PublicPageAsync(forum.Slug, forum.Recommendation);
        var mail = (await CivilFixtures.MailToAsync(forum.Tenant, forum.Participant.Email)).Single();
        var mine = await participant.GetAsync($"/{forum.Slug}/my-contributions");

        Assert.That(withoutReason.Text, Does.Contain("Give the reason: the author receives it."));
        Assert.That(stillPending.Status, Is.EqualTo(ModerationStatus.Pending));
        Assert.That(rejected.Status, Is.EqualTo(ModerationStatus.Rejected));
        Assert.That(rejected.ModerationReason, Is.EqualTo("It gives a private telephone number."));
        Assert.That(page, Does.Not.Contain("555-0100"));
        Assert.That(mail.Subject, Does.Contain("was not published"));
        Assert.That(mail.Body, Does.Contain("It gives a private telephone number."));
        Assert.That(mine.Text, Does.Contain("Not published"));
        Assert.That(mine.Text, Does.Contain("It gives a private telephone number."));
    }

    [Test]
    public async Task An_approved_comment_can_be_taken_down_later_with_a_reason()
    {
        using var forum = await CivilFixtures.ForumAsync();
        using var participant = await Fixtures.SignInAsync(forum.Participant);
        await CivilFixtures.CommentAsync(participant, forum.Slug, forum.Recommendation, "The mayor is a criminal.");
        var comment = await CivilFixtures.LatestCommentAsync(forum.Tenant, forum.Participant.Id);
        await CivilFixtures.ModerateAsync(forum.AdminBrowser!, forum.Slug, "comments", comment.Id, "approve");
        var whilePublished = await CivilFixtures.PublicPageAsync(forum.Slug, forum.Recommendation);

        var hidden = await CivilFixtures.ModerateAsync(forum.AdminBrowser!, forum.Slug, "comments", comment.Id, "hide", reason: "Defamatory.", show: "Approved");
        var afterwards = await CivilFixtures.PublicPageAsync(forum.Slug, forum.Recommendation);
        var stored = await CivilFixtures.CommentAsync(forum.Tenant, comment.Id);
        var mails = await CivilFixtures.MailToAsync(forum.Tenant, forum.Participant.Email);

        Assert.That(whilePublished, Does.Contain("The mayor is a criminal."));
        Assert.That(hidden.Location, Does.Contain("show=Approved"));
        Assert.That(afterwards, Does.Not.Contain("The mayor is a criminal."));
        Assert.That(stored.Status, Is.EqualTo(ModerationStatus.Hidden));
        Assert.That(stored.ModerationReason, Is.EqualTo("Defamatory."));
        Assert.That(mails.Select(m => m.Subject), Has.Some.Contains("was taken down"));
        Assert.That(mails.Single(m => m.Subject.Contains("taken down", StringComparison.Ordinal)).Body, Does.Contain("Defamatory."));
    }

    [Test]
    public async Task A_moderator_acting_on_a_page_someone_else_has_acted_on_is_told_and_changes_nothing()
    {
        using var forum = await CivilFixtures.ForumAsync();
        var secondAdmin = await Fixtures.NewUserAsync(forum.Tenant, Simore.Core.Identity.Roles.Administrator, twoFactor: true);
        using var second = await Fixtures.SignInAsync(secondAdmin);
        using var participant = await Fixtures.SignInAsync(forum.Participant);
        await CivilFixtures.CommentAsync(participant, forum.Slug, forum.Recommendation, "Two moderators read this at once.");
        var comment = await CivilFixtures.LatestCommentAsync(forum.Tenant, forum.Participant.Id);

        var staleQueue = await forum.AdminBrowser!.GetAsync($"/{forum.Slug}/moderation");
        await CivilFixtures.ModerateAsync(second, forum.Slug, "comments", comment.Id, "approve");
        var late = await forum.AdminBrowser!.SubmitAsync(staleQueue, new Dictionary<string, string> { ["Reason"] = "Off topic." }, formAction: $"/moderation/comments/{comment.Id}/reject");
        var message = await forum.AdminBrowser!.FollowAsync(late);
        var stored = await CivilFixtures.CommentAsync(forum.Tenant, comment.Id);

        Assert.That(message.Text, Does.Contain("Someone else has moderated this item since you opened the page."));
        Assert.That(stored.Status, Is.EqualTo(ModerationStatus.Approved));
        Assert.That(stored.ModeratedBy, Is.EqualTo(secondAdmin.Email));
        Assert.That((await CivilFixtures.MailToAsync(forum.Tenant, forum.Participant.Email)).Select(m => m.Subject), Has.None.Contains("was not published"));
    }

    [Test]
    public async Task The_administrators_menu_shows_what_waits_for_moderation()
    {
        using var forum = await CivilFixtures.ForumAsync();
        using var participant = await Fixtures.SignInAsync(forum.Participant);
        var before = await forum.AdminBrowser!.GetAsync($"/{forum.Slug}/admin");
        await CivilFixtures.CommentAsync(participant, forum.Slug, forum.Recommendation, "First.");
        await CivilFixtures.CommentAsync(participant, forum.Slug, forum.Recommendation, "Second.");

        var after = await forum.AdminBrowser!.GetAsync($"/{forum.Slug}/admin");

        var link = after.Document.QuerySelector($"a[href='/{forum.Slug}/moderation']");
        Assert.That(before.Document.QuerySelector($"a[href='/{forum.Slug}/moderation'] .badge"), Is.Null);
        Assert.That(link, Is.Not.Null);
        Assert.That(link!.QuerySelector(".badge")!.TextContent, Does.StartWith("2"));
    }

    [Test]
    public async Task Comments_are_limited_per_account()
    {
        using var forum = await CivilFixtures.ForumAsync();
        using var participant = await Fixtures.SignInAsync(forum.Participant);

        var answers = new List<Browser.Page>();
        for (var i = 0; i < 11; i++)
        {
            answers.Add(await CivilFixtures.CommentAsync(participant, forum.Slug, forum.Recommendation, $"Comment number {i}."));
        }

        Assert.That(answers.Take(10).Select(a => a.Status), Is.All.EqualTo(HttpStatusCode.Redirect));
        Assert.That(answers[10].Status, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(await Fixtures.InTenantAsync(forum.Tenant, (_, db) => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Comments)), Is.EqualTo(10));
    }
}
