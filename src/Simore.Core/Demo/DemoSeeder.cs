using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Simore.Core.Data;
using Simore.Core.Identity;
using Simore.Core.Importing;
using Simore.Core.Importing.Ohchr;
using Simore.Core.Tenancy;

namespace Simore.Core.Demo;

/// <summary>
/// Loads the demo tenant: Slovenia with its real cycle-4 recommendations and one account per role.
/// Safe to run again: it completes what is missing and changes nothing else.
/// </summary>
public sealed class DemoSeeder(IServiceScopeFactory scopes, ILogger<DemoSeeder> logger)
{
    public async Task<Tenant> SeedAsync(string listPath, CancellationToken cancellationToken = default)
    {
        using var scope = scopes.CreateScope();
        var services = scope.ServiceProvider;
        var (tenant, created) = await services.GetRequiredService<TenantService>().CreateAsync(
            new CreateTenant(
                DemoData.TenantSlug,
                "Slovenia",
                "SVN",
                "en",
                Localization.Languages.All,
                LastReviewDate: new DateOnly(2025, 1, 28),
                NextReviewDate: new DateOnly(2029, 7, 28)),
            cancellationToken);
        logger.LogInformation("Demo tenant {Slug} ready (created now: {Created})", tenant.Slug, created);
        services.GetRequiredService<ITenantContext>().Use(tenant);

        var db = services.GetRequiredService<SimoreDbContext>();
        if (!await db.Recommendations.AnyAsync(cancellationToken))
        {
            var importer = services.GetRequiredService<ImportService>();
            var request = new ImportRequest(Path.GetFileName(listPath), await File.ReadAllBytesAsync(listPath, cancellationToken), OhchrDocxReader.FormatName, new ReadOptions(), ClustersFromHeadings: true);
            var preview = await importer.PreviewAsync(request, keep: true, cancellationToken);
            if (preview.Plan.Problems.Count > 0)
            {
                throw new InvalidOperationException("The demo list could not be loaded: " + string.Join("; ", preview.Plan.Problems.Select(p => p.Format())));
            }

            await importer.CommitAsync(preview.Batch.Id, cancellationToken);
            logger.LogInformation("Loaded {Count} recommendations into the demo tenant", preview.Plan.Count(ImportAction.Create));
        }

        var justice = await SeedInstitutionsAsync(services, cancellationToken);
        await SeedAccountsAsync(services, justice, cancellationToken);
        await new DemoFollowUp(services).SeedAsync(cancellationToken);
        return tenant;
    }

    /// <summary>The institutions, and as lead of each cluster's recommendations that have no lead yet.</summary>
    private static async Task<long> SeedInstitutionsAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<SimoreDbContext>();
        var ids = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (name, acronym, branch, clusters) in DemoInstitutions.All)
        {
            var institution = await db.Institutions.FirstOrDefaultAsync(i => i.Name == name, cancellationToken);
            if (institution is null)
            {
                institution = new Network.Institution { Name = name, Acronym = acronym, Branch = branch, CreatedAt = DateTimeOffset.UtcNow };
                db.Institutions.Add(institution);
                await db.SaveChangesAsync(cancellationToken);
            }

            ids[name] = institution.Id;
            var unassigned = await db.Recommendations
                .Where(r => r.Cluster != null && clusters.Contains(r.Cluster.Name) && !r.Assignments.Any(a => a.Role == Network.AssignmentRole.Lead))
                .Select(r => r.Id).ToListAsync(cancellationToken);
            if (unassigned.Count > 0)
            {
                await services.GetRequiredService<Network.AssignmentService>()
                    .AssignAsync(unassigned, institution.Id, Network.AssignmentRole.Lead, null, Network.Priority.Normal, cancellationToken);
            }
        }

        return ids[DemoInstitutions.Justice];
    }

    private static async Task SeedAccountsAsync(IServiceProvider services, long justice, CancellationToken cancellationToken)
    {
        var memberships = services.GetRequiredService<MembershipService>();
        var users = services.GetRequiredService<UserManager<User>>();
        var roles = services.GetRequiredService<RoleManager<Role>>();
        foreach (var account in DemoData.Accounts)
        {
            var (user, errors) = await memberships.EnsureUserAsync(account.Email, account.DisplayName, DemoData.Password);
            if (user is null)
            {
                throw new InvalidOperationException($"Could not create {account.Email}: {string.Join("; ", errors)}");
            }

            if (account.Role == Roles.PlatformAdministrator)
            {
                if (!await roles.RoleExistsAsync(Roles.PlatformAdministrator))
                {
                    await roles.CreateAsync(new Role { Name = Roles.PlatformAdministrator });
                }

                if (!await users.IsInRoleAsync(user, Roles.PlatformAdministrator))
                {
                    await users.AddToRoleAsync(user, Roles.PlatformAdministrator);
                }
            }
            else if (account.Role is Roles.FocalPoint or Roles.Validator)
            {
                await memberships.GrantAsync(user, account.Role, justice, isMain: true, invitedBy: null, cancellationToken);
            }
            else
            {
                await memberships.GrantAsync(user, account.Role, cancellationToken);
            }

            if (account.NeedsTwoFactor && !user.TwoFactorEnabled)
            {
                await users.SetAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey", DemoData.AdministratorTotpSecret);
                await users.SetTwoFactorEnabledAsync(user, true);
            }
        }
    }
}
