using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Simore.Core.Identity;
using Simore.Core.Network;
using Simore.Core.Tenancy;

namespace Simore.IntegrationTests.Network;

/// <summary>Institutions, people and forms for the focal-point network tests.</summary>
public static partial class NetworkFixtures
{
    public static async Task<(Tenant Tenant, TestUser Admin, Browser Browser)> AdministratorAsync()
    {
        var tenant = await Fixtures.NewTenantAsync();
        var admin = await Fixtures.NewUserAsync(tenant, Roles.Administrator, twoFactor: true);
        return (tenant, admin, await Fixtures.SignInAsync(admin));
    }

    public static Task<long> AddInstitutionAsync(Tenant tenant, string name, long? parentId = null, bool active = true) =>
        Fixtures.InTenantAsync(tenant, async (_, db) =>
        {
            var institution = new Institution { Name = name, Branch = Branch.Executive, ParentId = parentId, IsActive = active, CreatedAt = DateTimeOffset.UtcNow };
            db.Institutions.Add(institution);
            await db.SaveChangesAsync();
            return institution.Id;
        });

    /// <summary>An account with a password and a role in the tenant, for an institution when given.</summary>
    public static Task<TestUser> AddPersonAsync(Tenant tenant, string role, long? institutionId = null, bool isMain = false, string? name = null) =>
        Fixtures.InTenantAsync(tenant, async (services, _) =>
        {
            var memberships = services.GetRequiredService<MembershipService>();
            var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@test.example";
            var (user, errors) = await memberships.EnsureUserAsync(email, name ?? role + " person", Fixtures.Password);
            Assert.That(errors, Is.Empty);
            await memberships.GrantAsync(user!, role, institutionId, isMain, "fixture");
            return new TestUser(user!.Id, email, Fixtures.Password, null);
        });

    public static Task<List<Membership>> MembershipsAsync(Tenant tenant, Guid userId) =>
        Fixtures.InTenantAsync(tenant, (_, db) => db.Memberships.AsNoTracking().Where(m => m.UserId == userId).OrderBy(m => m.Id).ToListAsync());

    /// <summary>The account as stored: accounts are global, so no tenant is needed.</summary>
    public static async Task<User> UserAsync(Guid id)
    {
        using var scope = TestEnvironment.App.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<Simore.Core.Data.SimoreDbContext>().Users.AsNoTracking().SingleAsync(u => u.Id == id);
    }

    /// <summary>Ticks the checkbox with this id on the page, so that the next submit sends it.</summary>
    public static void Tick(Browser.Page page, string id, bool ticked = true) =>
        ((IHtmlInputElement)(page.Document.GetElementById(id) ?? throw new AssertionException($"No #{id} on {page.Url}."))).IsChecked = ticked;

    /// <summary>Posts to a URL with the antiforgery token of a page of the same browser, as a crafted request would.</summary>
    public static async Task<HttpStatusCode> PostAsync(Browser browser, string tokenPage, string url, params (string Name, string Value)[] fields)
    {
        var page = await browser.GetAsync(tokenPage);
        var token = page.Document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new AssertionException($"No antiforgery token on {tokenPage} ({page.Status}).");
        var values = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new("__RequestVerificationToken", token));
        using var content = new FormUrlEncodedContent(values);
        using var response = await browser.Client.PostAsync(url, content);
        return response.StatusCode;
    }

    /// <summary>The path and query of the first link to the app in an e-mail body.</summary>
    public static string LinkIn(string body) =>
        new Uri(Link().Match(body) is { Success: true } m ? m.Value : throw new AssertionException("The message has no link: " + body)).PathAndQuery;

    public static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>Signs in with the password only and returns the answer of the login form.</summary>
    public static async Task<Browser.Page> TrySignInAsync(string email, string password)
    {
        using var browser = TestEnvironment.App.CreateBrowser();
        var login = await browser.GetAsync("/account/login");
        return await browser.SubmitAsync(login, new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}
