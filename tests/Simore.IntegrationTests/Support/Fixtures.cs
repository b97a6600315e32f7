using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Simore.Core.Data;
using Simore.Core.Identity;
using Simore.Core.Localization;
using Simore.Core.Registry;
using Simore.Core.Tenancy;

namespace Simore.IntegrationTests;

public sealed record TestUser(Guid Id, string Email, string Password, string? TotpKey);

/// <summary>Fresh tenants, data and accounts for one test, made through the app's own services.</summary>
public static class Fixtures
{
    public const string Password = "integration-test-password";

    public static async Task<Tenant> NewTenantAsync(string? name = null, string defaultLanguage = "en", string country = "SVN")
    {
        using var scope = TestEnvironment.App.Services.CreateScope();
        var slug = "t" + Guid.NewGuid().ToString("N")[..10];
        var (tenant, _) = await scope.ServiceProvider.GetRequiredService<TenantService>()
            .CreateAsync(new CreateTenant(slug, name ?? "State " + slug, country, defaultLanguage, Languages.All));
        return tenant;
    }

    public static async Task<T> InTenantAsync<T>(Tenant tenant, Func<IServiceProvider, SimoreDbContext, Task<T>> work)
    {
        using var scope = TestEnvironment.App.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<ITenantContext>().Use(tenant);
        return await work(scope.ServiceProvider, scope.ServiceProvider.GetRequiredService<SimoreDbContext>());
    }

    /// <summary>One document with one recommendation per text; returns the recommendations' ids.</summary>
    public static Task<List<long>> AddRecommendationsAsync(Tenant tenant, params string[] texts) =>
        InTenantAsync(tenant, async (_, db) =>
        {
            var document = new SourceDocument
            {
                Symbol = "A/HRC/99/" + Random.Shared.Next(1, 99999),
                Mechanism = Mechanism.Upr,
                BodyCode = "UPR",
                Cycle = 4,
                Session = 48,
            };
            var now = DateTimeOffset.UtcNow;
            var index = 0;
            foreach (var text in texts)
            {
                index++;
                document.Recommendations.Add(new Recommendation
                {
                    Paragraph = "140." + index,
                    SortKey = ParagraphNumber.SortKey("140." + index),
                    Text = text,
                    Position = index % 2 == 0 ? Position.Noted : Position.Supported,
                    RecommendingStates = ["Portugal"],
                    CreatedAt = now,
                    UpdatedAt = now,
                });
            }

            db.SourceDocuments.Add(document);
            await db.SaveChangesAsync();
            return document.Recommendations.Select(r => r.Id).ToList();
        });

    /// <summary>Previews and, when it can, commits a file through the import service, as the administrator does.</summary>
    public static Task<Simore.Core.Importing.ImportPreview> ImportAsync(Tenant tenant, string path, string? format = null, Simore.Core.Importing.ReadOptions? options = null, bool clusters = false, bool commit = true) =>
        InTenantAsync(tenant, async (services, _) =>
        {
            var importer = services.GetRequiredService<Simore.Core.Importing.ImportService>();
            var request = new Simore.Core.Importing.ImportRequest(Path.GetFileName(path), await File.ReadAllBytesAsync(path), format, options ?? new Simore.Core.Importing.ReadOptions(), clusters);
            var preview = await importer.PreviewAsync(request);
            if (commit && preview.Plan.CanCommit)
            {
                return await importer.CommitAsync(preview.Batch.Id) ?? preview;
            }

            return preview;
        });

    public static string DataFile(params string[] parts) => Simore.Testing.RepositoryFiles.PathOf(["tests", "data", .. parts]);

    /// <summary>An account with a role in the tenant (or the platform role when <paramref name="tenant"/> is null).</summary>
    public static async Task<TestUser> NewUserAsync(Tenant? tenant, string role, bool twoFactor = false)
    {
        using var scope = TestEnvironment.App.Services.CreateScope();
        var services = scope.ServiceProvider;
        if (tenant is not null)
        {
            services.GetRequiredService<ITenantContext>().Use(tenant);
        }

        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@test.example";
        var memberships = services.GetRequiredService<MembershipService>();
        var (user, errors) = await memberships.EnsureUserAsync(email, role + " person", Password);
        Assert.That(errors, Is.Empty);
        if (role == Roles.PlatformAdministrator)
        {
            var roles = services.GetRequiredService<RoleManager<Role>>();
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new Role { Name = role });
            }

            await services.GetRequiredService<UserManager<User>>().AddToRoleAsync(user!, role);
        }
        else
        {
            await memberships.GrantAsync(user!, role);
        }

        string? key = null;
        if (twoFactor)
        {
            var users = services.GetRequiredService<UserManager<User>>();
            await users.ResetAuthenticatorKeyAsync(user!);
            key = await users.GetAuthenticatorKeyAsync(user!);
            await users.SetTwoFactorEnabledAsync(user!, true);
        }

        return new TestUser(user!.Id, email, Password, key);
    }

    /// <summary>Signs in through the real forms, answering the second-factor step when the account has one.</summary>
    public static Task<Browser> SignInAsync(TestUser user) => SignInAsync(TestEnvironment.App.CreateBrowser(), user);

    /// <summary>Signs in with <paramref name="browser"/>, a browser of the shared host or of a second one.</summary>
    public static async Task<Browser> SignInAsync(Browser browser, TestUser user)
    {
        var login = await browser.GetAsync("/account/login");
        var result = await browser.SubmitAsync(login, new Dictionary<string, string> { ["Email"] = user.Email, ["Password"] = user.Password });
        Assert.That(result.Status, Is.EqualTo(HttpStatusCode.Redirect), result.Text);
        if (result.Location!.Contains("login-2fa", StringComparison.Ordinal))
        {
            var challenge = await browser.GetAsync(result.Location);
            result = await browser.SubmitAsync(challenge, new Dictionary<string, string> { ["Code"] = Totp.Code(user.TotpKey!, DateTimeOffset.UtcNow) });
            Assert.That(result.Status, Is.EqualTo(HttpStatusCode.Redirect), result.Text);
        }

        return browser;
    }
}
