using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Simore.Core.FollowUp;
using Simore.Core.Identity;
using Simore.Core.Portal;
using Simore.Core.Tenancy;
using Simore.IntegrationTests.FollowUp;

namespace Simore.IntegrationTests.CivilSociety;

/// <summary>A State with one recommendation, a registered participant and a signed-in administrator.</summary>
public sealed record Forum(Tenant Tenant, long Recommendation, TestUser Participant, TestUser Admin) : IDisposable
{
    public Browser? AdminBrowser { get; set; }

    public string Slug => Tenant.Slug;

    public void Dispose() => AdminBrowser?.Dispose();
}

public static class CivilFixtures
{
    /// <summary>A client address of its own, so that per-address limits of one test never count another's requests.</summary>
    public static string NewAddress() =>
        string.Create(CultureInfo.InvariantCulture, $"10.{Random.Shared.Next(0, 256)}.{Random.Shared.Next(0, 256)}.{Random.Shared.Next(1, 255)}");

    public static Browser Visitor(string? address = null)
    {
        var browser = TestEnvironment.App.CreateBrowser();
        browser.Client.DefaultRequestHeaders.Add("X-Forwarded-For", address ?? NewAddress());
        return browser;
    }

    public static async Task<Forum> ForumAsync(string participantName = "Ana Novak", string? organisation = "Roma Rights Centre")
    {
        var tenant = await Fixtures.NewTenantAsync();
        var recommendation = (await Fixtures.AddRecommendationsAsync(tenant, "Combat discrimination against Roma in access to housing"))[0];
        var participant = await ParticipantAsync(tenant, participantName, organisation);
        var admin = await Fixtures.NewUserAsync(tenant, Roles.Administrator, twoFactor: true);
        var forum = new Forum(tenant, recommendation, participant, admin);
        forum.AdminBrowser = await Fixtures.SignInAsync(admin);
        return forum;
    }

    /// <summary>A confirmed account with the civil-society role in the tenant, named as the test wants.</summary>
    public static async Task<TestUser> ParticipantAsync(Tenant tenant, string name = "Ana Novak", string? organisation = "Roma Rights Centre")
    {
        var user = await Fixtures.NewUserAsync(tenant, Roles.CivilSociety);
        await Fixtures.InTenantAsync(tenant, async (_, db) =>
        {
            var account = await db.Users.SingleAsync(u => u.Id == user.Id);
            account.DisplayName = name;
            account.Organisation = organisation;
            return await db.SaveChangesAsync();
        });
        return user;
    }

    /// <summary>Fills and sends the comment form; returns the answer (a redirect when accepted).</summary>
    public static async Task<Browser.Page> CommentAsync(Browser browser, string slug, long recommendation, string text, bool organisationOnly = false, long? entry = null)
    {
        var url = $"/{slug}/recommendations/{recommendation}/comment" + (entry is null ? string.Empty : $"?entry={entry}");
        var form = await browser.GetAsync(url);
        Assert.That(form.Status, Is.EqualTo(HttpStatusCode.OK), form.Text);
        var fields = new Dictionary<string, string> { ["Text"] = text };
        if (organisationOnly)
        {
            fields["OrganisationOnly"] = "true";
        }

        return await browser.SubmitAsync(form, fields, formAction: "/comment");
    }

    public static Task<Comment> LatestCommentAsync(Tenant tenant, Guid author) =>
        Fixtures.InTenantAsync(tenant, (_, db) => db.Comments.AsNoTracking().Where(c => c.AuthorId == author).OrderByDescending(c => c.Id).FirstAsync());

    public static Task<Comment> CommentAsync(Tenant tenant, long id) =>
        Fixtures.InTenantAsync(tenant, (_, db) => db.Comments.AsNoTracking().SingleAsync(c => c.Id == id));

    /// <summary>Approves, rejects or takes down an item with the form on the moderation page, as the administrator does.</summary>
    public static async Task<Browser.Page> ModerateAsync(Browser admin, string slug, string kind, long id, string action, string? reason = null, string? show = null)
    {
        var queue = await admin.GetAsync($"/{slug}/moderation" + (show is null ? string.Empty : "?show=" + show));
        Assert.That(queue.Status, Is.EqualTo(HttpStatusCode.OK), queue.Text);
        var fields = reason is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["Reason"] = reason };
        return await admin.SubmitAsync(queue, fields, formAction: $"/moderation/{kind}/{id}/{action}");
    }

    public static async Task<string> PublicPageAsync(string slug, long recommendation)
    {
        using var visitor = Visitor();
        var page = await visitor.GetAsync($"/{slug}/recommendations/{recommendation}");
        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
        return page.Html;
    }

    public static Task<List<Simore.Core.Notifications.EmailMessage>> MailToAsync(Tenant tenant, string email) =>
        Fixtures.InTenantAsync(tenant, (_, db) => db.EmailMessages.AsNoTracking().Where(m => m.To == email).OrderBy(m => m.Id).ToListAsync());

    /// <summary>A follow-up entry of an institution on the recommendation, in the status the test wants.</summary>
    public static async Task<long> EntryAsync(Tenant tenant, long recommendation, EntryStatus status, string institution = "Ministry of Social Affairs")
    {
        var institutionId = await FollowUpFixtures.InstitutionAsync(tenant, institution);
        var author = await Fixtures.NewUserAsync(tenant, Roles.FocalPoint);
        return await Fixtures.InTenantAsync(tenant, async (_, db) =>
        {
            var now = DateTimeOffset.UtcNow;
            var entry = new FollowUpEntry
            {
                InstitutionId = institutionId,
                AuthorId = author.Id,
                AuthorName = author.Email,
                Status = status,
                Text = "Social housing quotas for Roma families were adopted.",
                MeasureKind = MeasureKind.Policy,
                ProposedStatus = ImplementationStatus.InProgress,
                CreatedAt = now,
                UpdatedAt = now,
                PublishedAt = status == EntryStatus.Published ? now : null,
                Recommendations = [new EntryRecommendation { RecommendationId = recommendation }],
            };
            db.FollowUpEntries.Add(entry);
            await db.SaveChangesAsync();
            return entry.Id;
        });
    }
}
