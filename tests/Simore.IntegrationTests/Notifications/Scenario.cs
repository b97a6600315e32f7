using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Simore.Core.FollowUp;
using Simore.Core.Identity;
using Simore.Core.Network;
using Simore.Core.Notifications;
using Simore.Core.Tenancy;

namespace Simore.IntegrationTests.Notifications;

/// <summary>What the reminders read, written straight through the DbContext in the test's own tenant.</summary>
internal static class Scenario
{
    /// <summary>A Monday, so that weekly digests are due.</summary>
    public static readonly DateOnly Monday = new(2030, 1, 7);

    /// <summary>Long before every deadline of these tests.</summary>
    public static readonly DateTimeOffset AssignedAt = new(2029, 6, 1, 9, 0, 0, TimeSpan.Zero);

    public static Task<long> InstitutionAsync(Tenant tenant, string name) =>
        Fixtures.InTenantAsync(tenant, async (_, db) =>
        {
            var institution = new Institution { Name = name, Branch = Branch.Executive, CreatedAt = DateTimeOffset.UtcNow };
            db.Institutions.Add(institution);
            await db.SaveChangesAsync();
            return institution.Id;
        });

    public static Task<TestUser> PersonAsync(
        Tenant tenant, string role, long? institutionId = null, string language = "en", DigestFrequency digest = DigestFrequency.Weekly, bool remindersOff = false) =>
        Fixtures.InTenantAsync(tenant, async (services, _) =>
        {
            var memberships = services.GetRequiredService<MembershipService>();
            var id = Guid.NewGuid().ToString("N");
            var email = $"{role.ToLowerInvariant()}-{id}@test.example";
            var (user, errors) = await memberships.EnsureUserAsync(email, $"{role} {id[..6]}", Fixtures.Password, language);
            Assert.That(errors, Is.Empty);
            await memberships.GrantAsync(user!, role, institutionId, isMain: true, invitedBy: null);
            user!.DigestFrequency = digest;
            user.OptionalRemindersOff = remindersOff;
            await services.GetRequiredService<UserManager<User>>().UpdateAsync(user);
            return new TestUser(user.Id, email, Fixtures.Password, null);
        });

    public static Task AssignAsync(Tenant tenant, long recommendationId, long institutionId, DateOnly? deadline) =>
        Fixtures.InTenantAsync(tenant, async (_, db) =>
        {
            db.Assignments.Add(new Assignment
            {
                RecommendationId = recommendationId,
                InstitutionId = institutionId,
                Role = AssignmentRole.Lead,
                Deadline = deadline,
                AssignedAt = AssignedAt,
                AssignedBy = "test",
            });
            return await db.SaveChangesAsync();
        });

    public static Task<long> EntryAsync(Tenant tenant, long institutionId, TestUser author, EntryStatus status, string text, params long[] recommendationIds) =>
        Fixtures.InTenantAsync(tenant, async (_, db) =>
        {
            var now = AssignedAt.AddMonths(1);
            var entry = new FollowUpEntry
            {
                InstitutionId = institutionId,
                AuthorId = author.Id,
                AuthorName = author.Email,
                Status = status,
                Text = text,
                MeasureKind = MeasureKind.Law,
                ProposedStatus = ImplementationStatus.InProgress,
                CreatedAt = now,
                UpdatedAt = now,
                PublishedAt = status == EntryStatus.Published ? now : null,
                Recommendations = recommendationIds.Select(id => new EntryRecommendation { RecommendationId = id }).ToList(),
            };
            db.FollowUpEntries.Add(entry);
            await db.SaveChangesAsync();
            return entry.Id;
        });

    public static Task<long> MeetingAsync(Tenant tenant, string group, DateTimeOffset startsAt, params TestUser[] members) =>
        Fixtures.InTenantAsync(tenant, async (_, db) =>
        {
            var meeting = new Meeting { StartsAt = startsAt, Location = "Room 4", Agenda = "1. Work plan" };
            db.WorkingGroups.Add(new WorkingGroup
            {
                Name = group,
                CreatedAt = DateTimeOffset.UtcNow,
                Members = members.Select(m => new WorkingGroupMember { UserId = m.Id }).ToList(),
                Meetings = [meeting],
            });
            await db.SaveChangesAsync();
            return meeting.Id;
        });

    public static Task SetReviewDatesAsync(Tenant tenant, DateOnly? lastReview, DateOnly? nextReview) =>
        Fixtures.InTenantAsync(tenant, async (_, db) =>
        {
            var row = await db.Tenants.SingleAsync(t => t.Id == tenant.Id);
            row.LastReviewDate = lastReview;
            row.NextReviewDate = nextReview;
            return await db.SaveChangesAsync();
        });

    /// <summary>Runs the day's reminders as Hangfire would: a fresh scope, no tenant set beforehand.</summary>
    public static async Task<int> RemindersAsync(Tenant tenant, DateOnly day)
    {
        using var scope = TestEnvironment.App.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<TenantRemindersJob>().RunAsync(tenant.Id, day, CancellationToken.None);
    }

    public static Task<List<EmailMessage>> MessagesAsync(Tenant tenant) =>
        Fixtures.InTenantAsync(tenant, (_, db) => db.EmailMessages.AsNoTracking().OrderBy(m => m.Id).ToListAsync());

    public static async Task<List<EmailMessage>> MessagesToAsync(Tenant tenant, TestUser user) =>
        (await MessagesAsync(tenant)).Where(m => m.UserId == user.Id).ToList();
}
