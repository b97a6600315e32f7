using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Simore.Core.FollowUp;
using Simore.Core.Identity;
using Simore.Core.Network;
using Simore.Core.Portal;
using Simore.Core.Registry;
using Simore.Core.Reports;
using Simore.Core.Tenancy;

namespace Simore.IntegrationTests.Reports;

/// <summary>
/// A State with six cycle-4 recommendations in two clusters, follow-up published on five of them,
/// one entry validated but not yet published, an independent assessment, and a drafter.
/// </summary>
public sealed record ReportScenario(Tenant Tenant, TestUser Drafter, long Institution, IReadOnlyList<long> Recommendations)
{
    public const string SharedText = "The Convention for the Protection of All Persons from Enforced Disappearance was ratified in 2021 together with two protocols.";
    public const string TraffickingText = "Specialised training on identifying victims of trafficking was given to 420 police officers.";
    public const string UnpublishedText = "Unpublished: shelters for victims of trafficking will open in three regions.";
    public const string AssessmentText = "Shelters are still missing outside the capital.";
    public const string Obligations = "International obligations";
    public const string Trafficking = "Trafficking in persons";

    public static async Task<ReportScenario> CreateAsync()
    {
        var tenant = await Fixtures.NewTenantAsync("Slovenia", country: "SVN");
        var author = await Fixtures.NewUserAsync(tenant, Roles.FocalPoint);
        var assessor = await Fixtures.NewUserAsync(tenant, Roles.CivilSociety);
        var (institution, ids) = await Fixtures.InTenantAsync(tenant, async (services, db) =>
        {
            var obligations = new Cluster { Name = Obligations, SortOrder = 1, CreatedAt = DateTimeOffset.UtcNow };
            var trafficking = new Cluster { Name = Trafficking, SortOrder = 2, CreatedAt = DateTimeOffset.UtcNow };
            var institution = new Institution { Name = "Ministry of Justice", Branch = Branch.Executive, CreatedAt = DateTimeOffset.UtcNow };
            db.AddRange(obligations, trafficking, institution);
            var document = new SourceDocument { Symbol = "A/HRC/59/15", Mechanism = Mechanism.Upr, BodyCode = "UPR", Cycle = 4, Session = 48 };
            (int Item, Cluster Cluster, Position Position)[] items =
            [
                (1, obligations, Position.Supported), (2, obligations, Position.Supported), (3, obligations, Position.Supported),
                (4, trafficking, Position.Supported), (5, obligations, Position.Noted), (6, trafficking, Position.Supported),
            ];
            var now = DateTimeOffset.UtcNow;
            foreach (var (item, cluster, position) in items)
            {
                document.Recommendations.Add(new Recommendation
                {
                    Paragraph = "140." + item,
                    SortKey = ParagraphNumber.SortKey("140." + item),
                    Text = $"Recommendation number {item} of the review",
                    Position = position,
                    RecommendingStates = ["Portugal"],
                    Cluster = cluster,
                    CreatedAt = now,
                    UpdatedAt = now,
                });
            }

            db.SourceDocuments.Add(document);
            await db.SaveChangesAsync();
            var ids = document.Recommendations.OrderBy(r => r.SortKey, StringComparer.Ordinal).Select(r => r.Id).ToList();
            await services.GetRequiredService<AssignmentService>().AssignAsync(ids, institution.Id, AssignmentRole.Lead, null, Priority.Normal);
            db.FollowUpEntries.AddRange(
                Entry(institution.Id, author.Id, SharedText, EntryStatus.Published, ImplementationStatus.FullyImplemented, ids[0], ids[1], ids[2]),
                Entry(institution.Id, author.Id, TraffickingText, EntryStatus.Published, ImplementationStatus.PartiallyImplemented, ids[3]),
                Entry(institution.Id, author.Id, UnpublishedText, EntryStatus.Validated, ImplementationStatus.InProgress, ids[5]));
            db.Assessments.Add(new Assessment
            {
                RecommendationId = ids[3],
                AuthorId = assessor.Id,
                DisplayName = "Civil society person",
                Organisation = "Anti-trafficking network",
                AssessedStatus = ImplementationStatus.InProgress,
                Text = AssessmentText,
                Status = ModerationStatus.Approved,
                CreatedAt = now,
            });
            await db.SaveChangesAsync();
            await services.GetRequiredService<StatusRule>().RecomputeAsync(ids);
            return (institution.Id, ids);
        });
        return new ReportScenario(tenant, await Fixtures.NewUserAsync(tenant, Roles.Drafter), institution, ids);
    }

    private static FollowUpEntry Entry(long institution, Guid author, string text, EntryStatus status, ImplementationStatus proposed, params long[] recommendations)
    {
        var at = DateTimeOffset.UtcNow.AddDays(-10);
        var entry = new FollowUpEntry
        {
            InstitutionId = institution,
            AuthorId = author,
            AuthorName = "Focal point",
            Text = text,
            Status = status,
            ProposedStatus = proposed,
            MeasureKind = MeasureKind.Law,
            CreatedAt = at,
            UpdatedAt = at,
            PublishedAt = status == EntryStatus.Published ? at : null,
            Challenges = status == EntryStatus.Published && recommendations.Length == 1 ? "Reliable data on trafficking are not yet collected." : null,
        };
        entry.Recommendations.AddRange(recommendations.Select(id => new EntryRecommendation { RecommendationId = id }));
        return entry;
    }

    /// <summary>Asks for a draft through the page, as the drafter does; returns the request's id.</summary>
    public static async Task<long> RequestAsync(Browser browser, Tenant tenant, ReportKind kind, ReportFormat format, IReadOnlyDictionary<string, string>? fields = null)
    {
        var page = await browser.GetAsync($"/{tenant.Slug}/reports");
        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
        var values = new Dictionary<string, string> { ["Kind"] = kind.ToString(), ["Format"] = format.ToString() };
        foreach (var (key, value) in fields ?? new Dictionary<string, string>())
        {
            values[key] = value;
        }

        var created = await browser.SubmitAsync(page, values, formAction: $"/{tenant.Slug}/reports");
        Assert.That(created.Status, Is.EqualTo(HttpStatusCode.Redirect), created.Text);
        return long.Parse(created.Location!.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Waits for the app's own job server to finish the request.</summary>
    public static async Task<ReportRequest> WaitAsync(Tenant tenant, long id)
    {
        var deadline = DateTime.UtcNow.AddMinutes(4);
        while (DateTime.UtcNow < deadline)
        {
            var request = await Fixtures.InTenantAsync(tenant, (_, db) => db.ReportRequests.AsNoTracking().SingleAsync(r => r.Id == id));
            if (request.State is ReportState.Succeeded or ReportState.Failed)
            {
                return request;
            }

            await Task.Delay(200);
        }

        Assert.Fail($"Report request {id} did not finish in time.");
        return null!;
    }

    /// <summary>Requests, waits and downloads: the file as the drafter receives it.</summary>
    public static async Task<byte[]> DownloadAsync(Browser browser, Tenant tenant, ReportKind kind, ReportFormat format, IReadOnlyDictionary<string, string>? fields = null)
    {
        var id = await RequestAsync(browser, tenant, kind, format, fields);
        var request = await WaitAsync(tenant, id);
        Assert.That(request.State, Is.EqualTo(ReportState.Succeeded), request.ErrorDetail);
        var response = await browser.Client.GetAsync($"/{tenant.Slug}/reports/{id}/download");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo(ReportFormats.ContentType(format).Split(';')[0]));
        Assert.That(response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName, Does.EndWith("." + ReportFormats.Extension(format)));
        return await response.Content.ReadAsByteArrayAsync();
    }
}
