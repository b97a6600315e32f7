using Microsoft.Extensions.DependencyInjection;
using Simore.Core.Identity;
using Simore.Core.Network;
using Simore.Core.Tenancy;

namespace Simore.IntegrationTests.FollowUp;

/// <summary>A ministry with its focal point and validator, recommendations assigned to it, and an administrator.</summary>
public sealed record Ministry(Tenant Tenant, long Institution, TestUser FocalPoint, TestUser Validator, TestUser Administrator, IReadOnlyList<long> Recommendations);

public static class FollowUpFixtures
{
    public static async Task<Ministry> MinistryAsync(int recommendations = 2, string name = "Ministry of Justice")
    {
        var tenant = await Fixtures.NewTenantAsync();
        var ids = await Fixtures.AddRecommendationsAsync(tenant, Enumerable.Range(1, recommendations).Select(i => $"Adopt measure number {i} against trafficking in persons").ToArray());
        var institution = await InstitutionAsync(tenant, name);
        await AssignAsync(tenant, ids, institution);
        return new Ministry(
            tenant,
            institution,
            await PersonAsync(tenant, Roles.FocalPoint, institution),
            await PersonAsync(tenant, Roles.Validator, institution),
            await Fixtures.NewUserAsync(tenant, Roles.Administrator, twoFactor: true),
            ids);
    }

    public static Task<long> InstitutionAsync(Tenant tenant, string name) =>
        Fixtures.InTenantAsync(tenant, async (_, db) =>
        {
            var institution = new Institution { Name = name, Branch = Branch.Executive, CreatedAt = DateTimeOffset.UtcNow };
            db.Institutions.Add(institution);
            await db.SaveChangesAsync();
            return institution.Id;
        });

    public static Task<int?> AssignAsync(Tenant tenant, IReadOnlyCollection<long> recommendations, long institution, AssignmentRole role = AssignmentRole.Lead) =>
        Fixtures.InTenantAsync(tenant, (services, _) =>
            services.GetRequiredService<AssignmentService>().AssignAsync(recommendations, institution, role, null, Priority.Normal));

    /// <summary>A person with a role for an institution (focal point, validator).</summary>
    public static async Task<TestUser> PersonAsync(Tenant tenant, string role, long institution)
    {
        var user = await Fixtures.NewUserAsync(tenant, Roles.CivilSociety);
        await Fixtures.InTenantAsync(tenant, async (services, db) =>
        {
            var account = await db.Users.FindAsync(user.Id);
            var memberships = services.GetRequiredService<MembershipService>();
            await memberships.GrantAsync(account!, role, institution, isMain: true, invitedBy: "test");
            db.Memberships.RemoveRange(db.Memberships.Where(m => m.UserId == user.Id && m.Role == Roles.CivilSociety));
            return await db.SaveChangesAsync();
        });
        return user;
    }

    /// <summary>A small but real PDF.</summary>
    public static byte[] Pdf { get; } = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"u8.ToArray();
}
