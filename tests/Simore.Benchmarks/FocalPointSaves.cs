using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Simore.Core;
using Simore.Core.Data;
using Simore.Core.FollowUp;
using Simore.Core.Identity;
using Simore.Core.Network;
using Simore.Core.Tenancy;
using Simore.Testing;

namespace Simore.Benchmarks;

/// <summary>
/// Focal points saving follow-up at the same time: one account per client, each a focal point of an
/// institution with assignments in its own State, signed in through the login form. One operation is
/// what a focal point does to record an action: open the new-entry form for one of the institution's
/// recommendations and save it (antiforgery token, validation, the entry, its audit and status rule).
/// </summary>
internal static class FocalPointSaves
{
    private const string Password = "bench-focal-point-2026";

    private static readonly HtmlParser Parser = new();

    public static async Task<Func<Random, Task<bool>>[]> PrepareAsync(string baseUrl, string appConnection, string[] slugs, int clients)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Simore"] = appConnection,
            ["ConnectionStrings:Migrations"] = appConnection,
        }).Build();
        var collection = new ServiceCollection().AddLogging().AddSimoreCore(configuration);
        collection.AddIdentityCore<User>(IdentitySetup.Configure).AddRoles<Role>().AddEntityFrameworkStores<SimoreDbContext>();
        await using var services = collection.BuildServiceProvider();

        var drivers = new Func<Random, Task<bool>>[clients];
        for (var c = 0; c < clients; c++)
        {
            var slug = slugs[c % slugs.Length];
            var (email, recommendations) = await FocalPointAsync(services, slug, c);
            var http = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = new Uri(baseUrl) };
            await SignInAsync(http, email);
            drivers[c] = random => SaveAsync(http, slug, recommendations[random.Next(recommendations.Count)], random);
        }

        return drivers;
    }

    private static async Task<(string Email, List<long> Recommendations)> FocalPointAsync(IServiceProvider root, string slug, int client)
    {
        using var scope = root.CreateScope();
        var services = scope.ServiceProvider;
        var tenant = await services.GetRequiredService<TenantStore>().FindBySlugAsync(slug, default)
            ?? throw new InvalidOperationException("no tenant " + slug);
        services.GetRequiredService<ITenantContext>().Use(tenant);
        var db = services.GetRequiredService<SimoreDbContext>();
        var institution = await db.Assignments.Where(a => a.Role == AssignmentRole.Lead).OrderBy(a => a.InstitutionId).Select(a => a.InstitutionId).FirstAsync();
        var recommendations = await db.Assignments.Where(a => a.InstitutionId == institution).OrderBy(a => a.RecommendationId).Select(a => a.RecommendationId).Take(50).ToListAsync();

        var email = string.Create(CultureInfo.InvariantCulture, $"bench-focal-{slug}-{client}@bench.example");
        var memberships = services.GetRequiredService<MembershipService>();
        var (user, errors) = await memberships.EnsureUserAsync(email, "Benchmark focal point " + client, Password);
        if (user is null)
        {
            throw new InvalidOperationException(string.Join("; ", errors));
        }

        if (!await db.Memberships.AnyAsync(m => m.UserId == user.Id && m.Role == Roles.FocalPoint && m.InstitutionId == institution))
        {
            await memberships.GrantAsync(user, Roles.FocalPoint, institution, isMain: true, invitedBy: null);
        }

        return (email, recommendations);
    }

    private static async Task SignInAsync(HttpClient http, string email)
    {
        var form = await FormAsync(http, "/account/login", "/account/login");
        var values = HtmlForms.Values(form, new Dictionary<string, string> { ["Email"] = email, ["Password"] = Password });
        using var response = await http.PostAsync("/account/login", new FormUrlEncodedContent(values));
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString.Contains("login", StringComparison.OrdinalIgnoreCase) == true)
        {
            throw new InvalidOperationException($"{email} could not sign in: {(int)response.StatusCode} {response.Headers.Location}");
        }
    }

    private static async Task<bool> SaveAsync(HttpClient http, string slug, long recommendation, Random random)
    {
        var action = $"/{slug}/work/entries/new";
        var form = await FormAsync(http, action + "?r=" + recommendation.ToString(CultureInfo.InvariantCulture), action);
        var text = "Benchmark action " + random.Next().ToString(CultureInfo.InvariantCulture) + ": training sessions were held for the staff concerned.";
        using var response = await http.PostAsync(action, new FormUrlEncodedContent(HtmlForms.Values(form, new Dictionary<string, string> { ["Texts[en]"] = text })));
        return response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.Contains("/work/entries/", StringComparison.Ordinal) == true;
    }

    /// <summary>The form of the page at <paramref name="url"/> that posts to <paramref name="action"/>.</summary>
    private static async Task<IHtmlFormElement> FormAsync(HttpClient http, string url, string action)
    {
        using var response = await http.GetAsync(url);
        response.EnsureSuccessStatusCode();
        var document = Parser.ParseDocument(await response.Content.ReadAsStringAsync());
        return document.Forms.FirstOrDefault(f => f.Method.Equals("post", StringComparison.OrdinalIgnoreCase) && new Uri(new Uri("http://x"), f.GetAttribute("action") ?? url).AbsolutePath == action)
            ?? throw new InvalidOperationException("no form posting to " + action + " on " + url);
    }
}
