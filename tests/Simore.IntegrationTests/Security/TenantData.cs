using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Simore.Core.FollowUp;
using Simore.Core.FollowUp.Storage;
using Simore.Core.Identity;
using Simore.Core.Importing;
using Simore.Core.Network;
using Simore.Core.Notifications;
using Simore.Core.Portal;
using Simore.Core.Registry;
using Simore.Core.Reports;
using Simore.Core.Tenancy;
using Simore.IntegrationTests.FollowUp;

namespace Simore.IntegrationTests.Security;

/// <summary>
/// One of every kind of thing a route can name, made in one tenant through the app's own model: the
/// ids tenant B lends to tenant A's requests, and the ids tenant A's own requests must find.
/// Resources are keyed by the route segment that names them ("entries/{id}" is an entry).
/// </summary>
public sealed class TenantData
{
    private readonly Dictionary<string, string> _ids;

    private TenantData(Tenant tenant, long institution, Dictionary<string, string> ids)
    {
        Tenant = tenant;
        Institution = institution;
        _ids = ids;
    }

    /// <summary>The resources a route may name, and what each is; a route naming another one fails the tests until it is added here.</summary>
    public static IReadOnlyDictionary<string, string> Resources { get; } = new Dictionary<string, string>
    {
        ["recommendations"] = "a recommendation",
        ["parts"] = "a part of a recommendation",
        ["links"] = "a link between recommendations",
        ["assignments"] = "an assignment to an institution",
        ["indicators"] = "an indicator",
        ["entries"] = "a follow-up entry",
        ["evidence"] = "an evidence file",
        ["imports"] = "an import batch",
        ["messages"] = "an e-mail in the outbox",
        ["people"] = "a person with a role in the tenant",
        ["roles"] = "a membership (a person's role)",
        ["clusters"] = "a cluster",
        ["institutions"] = "an institution",
        ["working-groups"] = "a working group",
        ["meetings"] = "a meeting",
        ["moderation/reports"] = "an abuse report",
        ["reports"] = "a report draft",
        ["comments"] = "a comment",
        ["assessments"] = "an assessment",
    };

    /// <summary>Parameters that name no stored thing, with the value every request uses (the tenant is the requester's).</summary>
    public static IReadOnlyDictionary<string, string[]> PlainParameters { get; } = new Dictionary<string, string[]>
    {
        ["kind"] = ["comments", "assessments"],
        ["code"] = ["404"],
        ["documentName"] = ["v1"],
        ["rest"] = ["anything"],
        ["path"] = [string.Empty],
    };

    public Tenant Tenant { get; }

    public long Institution { get; }

    public string Id(string resource) => _ids[resource];

    public static async Task<TenantData> CreateAsync(Tenant tenant, long institution, TestUser focalPoint, TestUser civilSociety)
    {
        var ids = new Dictionary<string, string>();
        var recommendations = await Fixtures.AddRecommendationsAsync(tenant, "Ratify the Optional Protocol to the Convention against Torture", "Strengthen the national preventive mechanism");
        await FollowUpFixtures.AssignAsync(tenant, [recommendations[0]], institution);
        ids["recommendations"] = Invariant(recommendations[0]);
        ids["institutions"] = Invariant(institution);
        var person = await Network.NetworkFixtures.AddPersonAsync(tenant, Roles.FocalPoint, institution, name: "Invited Person");
        ids["people"] = person.Id.ToString();

        await Fixtures.InTenantAsync(tenant, async (services, db) =>
        {
            var now = DateTimeOffset.UtcNow;
            var first = recommendations[0];
            ids["roles"] = Invariant(db.Memberships.Where(m => m.UserId == person.Id).Select(m => m.Id).Single());
            ids["assignments"] = Invariant(db.Assignments.Where(a => a.RecommendationId == first).Select(a => a.Id).Single());

            var part = new RecommendationPart { RecommendationId = first, Label = "a", Text = "Ratify the Optional Protocol", Position = Position.Supported };
            var link = new RecommendationLink { FromId = first, ToId = recommendations[1], Kind = LinkKind.Related, Status = LinkStatus.Proposed, Score = 0.7, CreatedAt = now };
            var indicator = new Indicator { RecommendationId = first, Title = "Places of detention visited", CreatedAt = now };
            var cluster = new Cluster { Name = "Detention", CreatedAt = now };
            var group = new WorkingGroup { Name = "Working group on detention", CreatedAt = now };
            db.AddRange(part, link, indicator, cluster, group);
            await db.SaveChangesAsync();
            var meeting = new Meeting { WorkingGroupId = group.Id, StartsAt = now.AddDays(7), Location = "Ljubljana" };
            var entry = new FollowUpEntry
            {
                InstitutionId = institution,
                AuthorId = focalPoint.Id,
                AuthorName = "Focal point",
                Status = EntryStatus.Submitted,
                Text = "The preventive mechanism visited twelve places of detention.",
                MeasureKind = MeasureKind.Policy,
                ProposedStatus = ImplementationStatus.InProgress,
                CreatedAt = now,
                UpdatedAt = now,
                Recommendations = [new EntryRecommendation { RecommendationId = first }],
            };
            db.AddRange(meeting, entry);
            await db.SaveChangesAsync();

            var key = string.Create(CultureInfo.InvariantCulture, $"{tenant.Id}/{now.Year:D4}/{Guid.NewGuid():N}.pdf");
            await services.GetRequiredService<IFileStorage>().SaveAsync(key, new MemoryStream(FollowUpFixtures.Pdf));
            var evidence = new Evidence { EntryId = entry.Id, Kind = EvidenceKind.File, Title = "Report", FileName = "report.pdf", ContentType = "application/pdf", Size = FollowUpFixtures.Pdf.Length, StorageKey = key, AddedBy = "Focal point", AddedAt = now };
            var comment = new Comment { RecommendationId = first, AuthorId = civilSociety.Id, DisplayName = "Ana Novak", Text = "The mechanism needs more staff.", Status = ModerationStatus.Approved, CreatedAt = now };
            var assessment = new Assessment { RecommendationId = first, AuthorId = civilSociety.Id, DisplayName = "Ana Novak", AssessedStatus = ImplementationStatus.InProgress, Text = "Partly done.", CreatedAt = now };
            db.AddRange(evidence, comment, assessment);
            await db.SaveChangesAsync();
            var report = new AbuseReport { CommentId = comment.Id, Reason = "Names a private person.", CreatedAt = now };
            var draftKey = string.Create(CultureInfo.InvariantCulture, $"{tenant.Id}/{now.Year:D4}/{Guid.NewGuid():N}.pdf");
            await services.GetRequiredService<IFileStorage>().SaveAsync(draftKey, new MemoryStream(FollowUpFixtures.Pdf));
            var draft = new ReportRequest
            {
                Kind = ReportKind.National,
                Format = ReportFormat.Pdf,
                Language = "en",
                RequestedByName = "Drafter",
                RequestedAt = now,
                State = ReportState.Succeeded,
                Progress = 100,
                FinishedAt = now,
                FileKey = draftKey,
                FileName = "national-report.pdf",
                FileSize = FollowUpFixtures.Pdf.Length,
            };
            db.AddRange(report, draft);
            await db.SaveChangesAsync();

            await services.GetRequiredService<EmailOutbox>().EnqueueAsync("security-test:" + Guid.NewGuid().ToString("N"), EmailKinds.Digest, person.Id, person.Email, "en", "Your week", "Nothing new.");
            var preview = await services.GetRequiredService<ImportService>().PreviewAsync(new ImportRequest(
                "list.csv", Encoding.UTF8.GetBytes("Text,To\nRatify the Convention,Samoa\n"), ImportService.SheetFormat, new ReadOptions()));

            ids["parts"] = Invariant(part.Id);
            ids["links"] = Invariant(link.Id);
            ids["indicators"] = Invariant(indicator.Id);
            ids["clusters"] = Invariant(cluster.Id);
            ids["working-groups"] = Invariant(group.Id);
            ids["meetings"] = Invariant(meeting.Id);
            ids["entries"] = Invariant(entry.Id);
            ids["evidence"] = Invariant(evidence.Id);
            ids["comments"] = Invariant(comment.Id);
            ids["assessments"] = Invariant(assessment.Id);
            ids["moderation/reports"] = Invariant(report.Id);
            ids["reports"] = Invariant(draft.Id);
            ids["messages"] = Invariant(db.EmailMessages.Where(m => m.UserId == person.Id).Select(m => m.Id).Single());
            ids["imports"] = Invariant(preview.Batch.Id);
            return 0;
        });

        Assert.That(ids.Keys, Is.EquivalentTo(Resources.Keys), "every resource has an instance");
        return new TenantData(tenant, institution, ids);
    }

    private static string Invariant(long id) => id.ToString(CultureInfo.InvariantCulture);
}
