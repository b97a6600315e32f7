using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Simore.Core.FollowUp;
using Simore.Core.Identity;
using Simore.Core.Importing;
using Simore.Core.Network;
using Simore.Core.Portal;
using Simore.Core.Tenancy;
using Simore.EndToEndTests.Journeys;
using Simore.EndToEndTests.Pages;
using Simore.Testing;

namespace Simore.EndToEndTests.Accessibility;

/// <summary>
/// A State with everything its pages can show: the real OHCHR list imported with its
/// clusters, a ministry with a cluster, published follow-up with evidence, a draft, a comment waiting
/// for moderation, a published comment and assessment, a second list waiting in preview, a working
/// group with a meeting, a report draft being made and one that failed. The
/// administrator and the focal point sign in once; their cookies open the workspace pages. One site
/// serves every language: the reader picks theirs with ?culture=, as a shared link does.
/// </summary>
public sealed partial record AccessibilitySite(
    Tenant Tenant, long Recommendation, long Draft, long PendingImport, string AdministratorState, string FocalPointState, WorkspaceThings Workspace)
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static AccessibilitySite? _shared;

    public string Slug => Tenant.Slug;

    /// <summary>The site, made by the first fixture that asks for it (the import is the slow part of a run).</summary>
    public static async Task<AccessibilitySite> SharedAsync()
    {
        await Gate.WaitAsync();
        try
        {
            return _shared ??= await CreateAsync("en");
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<AccessibilitySite> CreateAsync(string language)
    {
        var tenant = await Seed.TenantAsync(defaultLanguage: language);
        var texts = JourneyTexts.In(language);
        await ImportAsync(tenant, NationalMechanism.OhchrList, commit: true);
        var pendingImport = await ImportAsync(tenant, RepositoryFiles.PathOf("tests", "data", "ohchr", "SVN_cycle2_UPR20_thematic_list.docx"), commit: false);
        var ministry = await Seed.InstitutionAsync(tenant, "Ministry of Education, Science and Sport");
        var (cluster, recommendation) = await Seed.InTenantAsync(tenant, async (_, db) => (
            await db.Recommendations.Where(r => r.Cluster!.Name == NationalMechanism.Cluster).Select(r => r.Id).ToListAsync(),
            await db.Recommendations.Where(r => r.Paragraph == NationalMechanism.Paragraph).Select(r => r.Id).SingleAsync()));
        await Seed.InTenantAsync(tenant, (services, _) =>
            services.GetRequiredService<AssignmentService>().AssignAsync(cluster, ministry, AssignmentRole.Lead, DateOnly.FromDateTime(DateTime.UtcNow.AddMonths(6)), Priority.Normal));
        var administrator = await Seed.AdministratorAsync(tenant, language);
        var focalPoint = await Seed.PersonAsync(tenant, Roles.FocalPoint, ministry, "Nina Kos", language);
        var participant = await Seed.PersonAsync(tenant, Roles.CivilSociety, null, texts.Participant, language);

        await EntryAsync(tenant, ministry, focalPoint, recommendation, texts.FollowUp, texts.EvidenceTitle, EntryStatus.Published);
        var draft = await EntryAsync(tenant, ministry, focalPoint, cluster.First(id => id != recommendation), texts.FollowUp, texts.EvidenceTitle, EntryStatus.Draft);
        await ContributionsAsync(tenant, recommendation, participant, texts);
        var workspace = await WorkspaceAsync(tenant, ministry, focalPoint, language);

        return new AccessibilitySite(
            tenant, recommendation, draft, pendingImport,
            await SignedInStateAsync(administrator, language),
            await SignedInStateAsync(focalPoint, language),
            workspace);
    }

    private static Task<long> ImportAsync(Tenant tenant, string path, bool commit) =>
        Seed.InTenantAsync(tenant, async (services, _) =>
        {
            var imports = services.GetRequiredService<ImportService>();
            var preview = await imports.PreviewAsync(new ImportRequest(Path.GetFileName(path), await File.ReadAllBytesAsync(path), null, new ReadOptions(), ClustersFromHeadings: true));
            if (commit)
            {
                await imports.CommitAsync(preview.Batch.Id);
            }

            return preview.Batch.Id;
        });

    /// <summary>An entry taken through the workflow service to <paramref name="status"/>, with a link as evidence.</summary>
    private static Task<long> EntryAsync(Tenant tenant, long ministry, Person author, long recommendation, string text, string evidence, EntryStatus status) =>
        Seed.InTenantAsync(tenant, async (services, db) =>
        {
            var now = DateTimeOffset.UtcNow;
            var entry = new FollowUpEntry
            {
                InstitutionId = ministry,
                AuthorId = author.Id,
                AuthorName = author.Name,
                Text = text,
                ProposedStatus = ImplementationStatus.PartiallyImplemented,
                CreatedAt = now,
                UpdatedAt = now,
            };
            entry.Recommendations.Add(new EntryRecommendation { RecommendationId = recommendation });
            db.FollowUpEntries.Add(entry);
            await db.SaveChangesAsync();
            db.Add(new Evidence { EntryId = entry.Id, Kind = EvidenceKind.Link, Title = evidence, Url = "https://www.gov.si/en/", AddedBy = author.Name, AddedAt = now });
            await db.SaveChangesAsync();
            if (status == EntryStatus.Published)
            {
                var workflow = services.GetRequiredService<EntryWorkflow>();
                foreach (var step in new[] { EntryStatus.Submitted, EntryStatus.Validated, EntryStatus.Published })
                {
                    Assert.That(await workflow.MoveAsync(entry, step, null), Is.True, $"the entry moves to {step}");
                }
            }

            return entry.Id;
        });

    /// <summary>A published comment and assessment, and a comment waiting for the moderator.</summary>
    private static Task<int> ContributionsAsync(Tenant tenant, long recommendation, Person participant, JourneyTexts texts) =>
        Seed.InTenantAsync(tenant, (_, db) =>
        {
            var now = DateTimeOffset.UtcNow;
            Comment Comment(ModerationStatus status) => new()
            {
                RecommendationId = recommendation,
                AuthorId = participant.Id,
                DisplayName = participant.Name,
                Organisation = texts.Organisation,
                Text = texts.Comment,
                Status = status,
                ModeratedBy = status == ModerationStatus.Pending ? null : "Maja Horvat",
                ModeratedAt = status == ModerationStatus.Pending ? null : now,
                CreatedAt = now,
            };
            db.Comments.AddRange(Comment(ModerationStatus.Approved), Comment(ModerationStatus.Pending));
            db.Assessments.Add(new Assessment
            {
                RecommendationId = recommendation,
                AuthorId = participant.Id,
                DisplayName = participant.Name,
                Organisation = texts.Organisation,
                AssessedStatus = ImplementationStatus.InProgress,
                Text = texts.Comment,
                EvidenceUrl = "https://www.example.org/report",
                Status = ModerationStatus.Approved,
                ModeratedBy = "Maja Horvat",
                ModeratedAt = now,
                CreatedAt = now,
            });
            return db.SaveChangesAsync();
        });

    /// <summary>Signs in through the real pages once and keeps the cookies, so that each page test starts signed in.</summary>
    private static async Task<string> SignedInStateAsync(Person person, string language)
    {
        await using var persona = await Persona.OpenAsync("sign-in", language);
        await persona.SignInAsync(person);
        return await persona.Context.StorageStateAsync();
    }
}
