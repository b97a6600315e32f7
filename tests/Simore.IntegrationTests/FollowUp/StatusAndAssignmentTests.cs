using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Simore.Core.FollowUp;
using Simore.Core.Network;

namespace Simore.IntegrationTests.FollowUp;

public sealed class StatusAndAssignmentTests
{
    [Test]
    public async Task The_deadline_defaults_to_the_next_review_and_a_recommendation_keeps_one_lead()
    {
        var m = await FollowUpFixtures.MinistryAsync(recommendations: 1);
        var health = await FollowUpFixtures.InstitutionAsync(m.Tenant, "Ministry of Health");
        var nextReview = new DateOnly(2029, 7, 28);
        await Fixtures.InTenantAsync(m.Tenant, async (_, db) =>
        {
            (await db.Tenants.SingleAsync(t => t.Id == m.Tenant.Id)).NextReviewDate = nextReview;
            return await db.SaveChangesAsync();
        });

        await FollowUpFixtures.AssignAsync(m.Tenant, m.Recommendations, health, AssignmentRole.Lead);

        var assignments = await Fixtures.InTenantAsync(m.Tenant, (_, db) => db.Assignments.Where(a => a.RecommendationId == m.Recommendations[0]).ToListAsync());
        Assert.That(assignments.Single(a => a.InstitutionId == health).Role, Is.EqualTo(AssignmentRole.Lead));
        Assert.That(assignments.Single(a => a.InstitutionId == health).Deadline, Is.EqualTo(nextReview));
        Assert.That(assignments.Single(a => a.InstitutionId == m.Institution).Role, Is.EqualTo(AssignmentRole.Contributing), "the former lead now contributes");
        var audit = await Fixtures.InTenantAsync(m.Tenant, (_, db) => db.AuditEntries.Where(a => a.EntityId == m.Recommendations[0]).Select(a => a.Changes).ToListAsync());
        Assert.That(audit, Has.Some.Contains("Assignment"), "assignments are part of the recommendation's history");
    }

    [Test]
    public async Task A_whole_cluster_is_assigned_from_the_clusters_page()
    {
        var m = await FollowUpFixtures.MinistryAsync(recommendations: 3);
        var health = await FollowUpFixtures.InstitutionAsync(m.Tenant, "Ministry of Health");
        var clusterId = await Fixtures.InTenantAsync(m.Tenant, async (_, db) =>
        {
            var cluster = new Simore.Core.Registry.Cluster { Name = "Health", CreatedAt = DateTimeOffset.UtcNow };
            db.Clusters.Add(cluster);
            await db.SaveChangesAsync();
            foreach (var r in await db.Recommendations.Where(r => m.Recommendations.Take(2).Contains(r.Id)).ToListAsync())
            {
                r.ClusterId = cluster.Id;
            }

            await db.SaveChangesAsync();
            return cluster.Id;
        });
        using var admin = await Fixtures.SignInAsync(m.Administrator);

        var page = await admin.GetAsync($"/{m.Tenant.Slug}/admin/clusters");
        var result = await admin.SubmitAsync(page, new Dictionary<string, string> { ["InstitutionId"] = health.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Role"] = "Contributing" }, formAction: $"/{clusterId}/assign");

        Assert.That(result.Status, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await Fixtures.InTenantAsync(m.Tenant, (_, db) => db.Assignments.CountAsync(a => a.InstitutionId == health)), Is.EqualTo(2));
    }

    [Test]
    public async Task An_override_needs_a_reason_and_stands_until_removed()
    {
        var m = await FollowUpFixtures.MinistryAsync(recommendations: 1);
        var id = m.Recommendations[0];
        using var admin = await Fixtures.SignInAsync(m.Administrator);
        var details = await admin.GetAsync($"/{m.Tenant.Slug}/admin/recommendations/{id}");

        var refused = await admin.FollowAsync(await admin.SubmitAsync(details, new Dictionary<string, string> { ["Status"] = "FullyImplemented", ["Reason"] = "" }, formAction: "/status"));
        await admin.SubmitAsync(details, new Dictionary<string, string> { ["Status"] = "FullyImplemented", ["Reason"] = "Law 12/2025 entered into force." }, formAction: "/status");
        await PublishAsync(m, ImplementationStatus.InProgress);
        var whileOverridden = await StatusAsync(m, id);
        await admin.SubmitAsync(await admin.GetAsync($"/{m.Tenant.Slug}/admin/recommendations/{id}"), new Dictionary<string, string>(), formAction: "/status/clear");

        Assert.That(refused.Text, Does.Contain("Give the reason for setting the status by hand."));
        Assert.That(whileOverridden, Is.EqualTo(ImplementationStatus.FullyImplemented), "publication does not undo the administrator's override");
        Assert.That(await StatusAsync(m, id), Is.EqualTo(ImplementationStatus.InProgress), "without the override, the published follow-up decides");
    }

    [Test]
    public async Task The_latest_published_entry_decides_the_status()
    {
        var m = await FollowUpFixtures.MinistryAsync(recommendations: 1);

        await PublishAsync(m, ImplementationStatus.InProgress);
        var first = await StatusAsync(m, m.Recommendations[0]);
        await PublishAsync(m, ImplementationStatus.FullyImplemented);

        Assert.That(first, Is.EqualTo(ImplementationStatus.InProgress));
        Assert.That(await StatusAsync(m, m.Recommendations[0]), Is.EqualTo(ImplementationStatus.FullyImplemented));
    }

    private static Task<ImplementationStatus?> StatusAsync(Ministry m, long id) =>
        Fixtures.InTenantAsync(m.Tenant, (_, db) => db.Recommendations.Where(r => r.Id == id).Select(r => r.Status).SingleAsync());

    /// <summary>An entry straight through the workflow service, as its three people would take it.</summary>
    private static Task<bool> PublishAsync(Ministry m, ImplementationStatus status) =>
        Fixtures.InTenantAsync(m.Tenant, async (services, db) =>
        {
            var entry = new FollowUpEntry
            {
                InstitutionId = m.Institution,
                AuthorId = m.FocalPoint.Id,
                AuthorName = "focal point",
                Text = "Progress " + status,
                ProposedStatus = status,
                CreatedAt = DateTimeOffset.UtcNow,
                UpdatedAt = DateTimeOffset.UtcNow,
            };
            entry.Recommendations.Add(new EntryRecommendation { RecommendationId = m.Recommendations[0] });
            db.FollowUpEntries.Add(entry);
            await db.SaveChangesAsync();
            var workflow = services.GetRequiredService<EntryWorkflow>();
            return await workflow.MoveAsync(entry, EntryStatus.Submitted, null)
                && await workflow.MoveAsync(entry, EntryStatus.Validated, null)
                && await workflow.MoveAsync(entry, EntryStatus.Published, null);
        });
}
