using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Simore.Core.Data;
using Simore.Core.Identity;
using Simore.Core.Localization;
using Simore.Core.Network;
using Simore.Core.Tenancy;

namespace Simore.EndToEndTests;

/// <summary>A person the journeys sign in as; <see cref="TotpKey"/> is set when the account has a second factor.</summary>
public sealed record Person(Guid Id, string Email, string Password, string Name, string? TotpKey);

/// <summary>
/// What a platform operator would have set up before the people arrive: the tenant, its institutions
/// and accounts, made through the app's own services. Everything the people do, they do in the browser.
/// </summary>
public static class Seed
{
    public const string Password = "a long enough end-to-end passphrase";

    public static async Task<Tenant> TenantAsync(string defaultLanguage = "en", string name = "Republic of Slovenia")
    {
        using var scope = E2EEnvironment.App.Services.CreateScope();
        var slug = "e" + Guid.NewGuid().ToString("N")[..10];
        var (tenant, _) = await scope.ServiceProvider.GetRequiredService<TenantService>()
            .CreateAsync(new CreateTenant(slug, name, "SVN", defaultLanguage, Languages.All));
        return tenant;
    }

    public static async Task<T> InTenantAsync<T>(Tenant tenant, Func<IServiceProvider, SimoreDbContext, Task<T>> work)
    {
        using var scope = E2EEnvironment.App.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<ITenantContext>().Use(tenant);
        return await work(scope.ServiceProvider, scope.ServiceProvider.GetRequiredService<SimoreDbContext>());
    }

    public static Task<long> InstitutionAsync(Tenant tenant, string name) =>
        InTenantAsync(tenant, async (_, db) =>
        {
            var institution = new Institution { Name = name, Branch = Branch.Executive, CreatedAt = DateTimeOffset.UtcNow };
            db.Institutions.Add(institution);
            await db.SaveChangesAsync();
            return institution.Id;
        });

    /// <summary>An administrator of the tenant, with the authenticator app the policy requires.</summary>
    public static Task<Person> AdministratorAsync(Tenant tenant, string language = "en") =>
        PersonAsync(tenant, Roles.Administrator, null, "Maja Horvat", language, twoFactor: true);

    /// <summary>A person with a role in the tenant, for an institution when the role needs one.</summary>
    public static async Task<Person> PersonAsync(Tenant tenant, string role, long? institution, string name, string language = "en", bool twoFactor = false)
    {
        using var scope = E2EEnvironment.App.Services.CreateScope();
        var services = scope.ServiceProvider;
        services.GetRequiredService<ITenantContext>().Use(tenant);
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@e2e.example";
        var memberships = services.GetRequiredService<MembershipService>();
        var (user, errors) = await memberships.EnsureUserAsync(email, name, Password, language);
        if (user is null)
        {
            throw new InvalidOperationException(string.Join(" ", errors));
        }

        await memberships.GrantAsync(user, role, institution, isMain: institution is not null, invitedBy: "e2e");
        string? key = null;
        if (twoFactor)
        {
            var users = services.GetRequiredService<UserManager<User>>();
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
        }

        return new Person(user.Id, email, Password, name, key);
    }

    /// <summary>The first link in the newest e-mail queued for the address (the outbox is what the mail job sends).</summary>
    public static Task<string> LinkInLatestEmailAsync(Tenant tenant, string to) =>
        InTenantAsync(tenant, async (_, db) =>
        {
            var body = await db.EmailMessages.AsNoTracking().Where(m => m.To == to).OrderByDescending(m => m.Id).Select(m => m.Body).FirstOrDefaultAsync()
                ?? throw new AssertionException($"No e-mail was queued for {to}.");
            var start = body.IndexOf("http", StringComparison.Ordinal);
            Assert.That(start, Is.GreaterThanOrEqualTo(0), "The message has no link: " + body);
            var end = start;
            while (end < body.Length && !char.IsWhiteSpace(body[end]))
            {
                end++;
            }

            return new Uri(body[start..end]).PathAndQuery;
        });
}
