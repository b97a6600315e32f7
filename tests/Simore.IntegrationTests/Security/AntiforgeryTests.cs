using System.Net;

namespace Simore.IntegrationTests.Security;

/// <summary>Every form post of the app, sent without its antiforgery token by someone allowed to send it: 400.</summary>
public sealed class AntiforgeryTests
{
    [Test]
    public async Task Every_post_without_the_antiforgery_token_is_refused()
    {
        using var tenants = await TwoTenants.CreateAsync();
        var failures = new List<string>();
        var posts = AppRouteTable.All.Where(r => r.Method == "POST" && r.IsControllerAction).ToList();

        foreach (var route in posts)
        {
            var path = RouteValues.Path(route, tenants.A, RouteValues.PlainChoices(route).First(), _ => tenants.A);
            var principal = Enum.GetValues<Principal>().First(p => AccessRules.Expected(route, p));
            var outcome = await Requests.SendAsync(tenants[principal], "POST", path, withToken: false, fields: [new("Text", "sent from another site")]);
            if (outcome.Status != HttpStatusCode.BadRequest)
            {
                failures.Add($"POST {path} as {principal}: {outcome}");
            }
        }

        Assert.That(posts, Has.Count.GreaterThan(40), "the route table was read");
        Assert.That(failures, Is.Empty, Report.Lines(failures));
    }
}
