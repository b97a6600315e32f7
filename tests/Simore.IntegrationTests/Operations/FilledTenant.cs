using System.Net;
using Microsoft.EntityFrameworkCore;
using Simore.Core.FollowUp;
using Simore.Core.Portal;
using Simore.IntegrationTests.CivilSociety;
using Simore.IntegrationTests.FollowUp;

namespace Simore.IntegrationTests.Operations;

/// <summary>A State with something in every part that matters for a backup, made through the app.</summary>
public sealed record FilledTenant(Ministry Ministry, long EntryId, long EvidenceId, byte[] EvidenceContent)
{
    public long Id => Ministry.Tenant.Id;

    public string Slug => Ministry.Tenant.Slug;

    public string FilesFolder => Path.Combine(SimoreWebFactory.StoragePath, Id.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>
    /// Registry (recommendations, assignments), follow-up entered, submitted, validated and published
    /// with two uploaded files, a comment and an assessment from civil society, and the accounts.
    /// </summary>
    public static async Task<FilledTenant> CreateAsync()
    {
        var m = await FollowUpFixtures.MinistryAsync(recommendations: 3);
        using var focal = await Fixtures.SignInAsync(m.FocalPoint);
        var form = await focal.GetAsync($"/{m.Tenant.Slug}/work/entries/new?r={m.Recommendations[0]}");
        var created = await focal.SubmitAsync(form, new Dictionary<string, string> { ["Texts[en]"] = "Legal aid offices opened in twelve districts." });
        Assert.That(created.Status, Is.EqualTo(HttpStatusCode.Redirect), created.Text);
        var pdf = FollowUpFixtures.Pdf;
        await focal.UploadAsync(await focal.GetAsync(created.Location!), "/files", "file", "legal-aid.pdf", pdf);
        await focal.UploadAsync(await focal.GetAsync(created.Location!), "/files", "file", "office.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 9, 9]);
        await focal.SubmitAsync(await focal.GetAsync(created.Location!), new Dictionary<string, string>(), formAction: "/submit");
        var entryId = await Fixtures.InTenantAsync(m.Tenant, (_, db) => db.FollowUpEntries.OrderByDescending(e => e.Id).Select(e => e.Id).FirstAsync());

        using (var validator = await Fixtures.SignInAsync(m.Validator))
        {
            var validated = await validator.SubmitAsync(await validator.GetAsync($"/{m.Tenant.Slug}/validation/entries/{entryId}"), new Dictionary<string, string>(), formAction: "/validate");
            Assert.That(validated.Status, Is.EqualTo(HttpStatusCode.Redirect), validated.Text);
        }

        using (var admin = await Fixtures.SignInAsync(m.Administrator))
        {
            var published = await admin.SubmitAsync(await admin.GetAsync($"/{m.Tenant.Slug}/admin/review/entries/{entryId}"), new Dictionary<string, string>(), formAction: "/publish");
            Assert.That(published.Status, Is.EqualTo(HttpStatusCode.Redirect), published.Text);
        }

        var participant = await CivilFixtures.ParticipantAsync(m.Tenant, "Maja Horvat", "Legal Aid Network");
        using (var ngo = await Fixtures.SignInAsync(participant))
        {
            var comment = await CivilFixtures.CommentAsync(ngo, m.Tenant.Slug, m.Recommendations[0], "The offices in the east are still closed on Fridays.");
            Assert.That(comment.Status, Is.EqualTo(HttpStatusCode.Redirect), comment.Text);
        }

        await Fixtures.InTenantAsync(m.Tenant, async (_, db) =>
        {
            db.Assessments.Add(new Assessment
            {
                RecommendationId = m.Recommendations[1],
                AuthorId = participant.Id,
                DisplayName = "Maja Horvat",
                Organisation = "Legal Aid Network",
                AssessedStatus = ImplementationStatus.InProgress,
                Text = "Partly done: funding ends next year.",
                CreatedAt = DateTimeOffset.UtcNow,
            });
            return await db.SaveChangesAsync();
        });

        var evidence = await Fixtures.InTenantAsync(m.Tenant, (_, db) => db.Evidence.Where(e => e.EntryId == entryId && e.FileName == "legal-aid.pdf").SingleAsync());
        var filled = new FilledTenant(m, entryId, evidence.Id, pdf);
        await filled.AssertFilledAsync();
        return filled;
    }

    /// <summary>Guards the tests against comparing empty tables: each part is really there.</summary>
    private async Task AssertFilledAsync()
    {
        var counts = await Fixtures.InTenantAsync(Ministry.Tenant, async (_, db) => new
        {
            Recommendations = await db.Recommendations.CountAsync(),
            Published = await db.FollowUpEntries.CountAsync(e => e.Status == EntryStatus.Published),
            Files = await db.Evidence.CountAsync(e => e.StorageKey != null),
            Comments = await db.Comments.CountAsync(),
            Assessments = await db.Assessments.CountAsync(),
            Members = await db.Memberships.CountAsync(),
        });
        Assert.That(counts.Recommendations, Is.EqualTo(3));
        Assert.That(counts.Published, Is.EqualTo(1));
        Assert.That(counts.Files, Is.EqualTo(2));
        Assert.That(counts.Comments, Is.EqualTo(1));
        Assert.That(counts.Assessments, Is.EqualTo(1));
        Assert.That(counts.Members, Is.GreaterThanOrEqualTo(4));
        Assert.That(Directory.EnumerateFiles(FilesFolder, "*", SearchOption.AllDirectories).Count(), Is.EqualTo(2));
    }
}
