namespace Simore.IntegrationTests.Security;

/// <summary>
/// Every route × every principal, read from the endpoint table: allowed where the metadata (and, for
/// the sensitive areas, the table in <see cref="AccessRules"/>) says so, denied everywhere else, and
/// never a server error. Requests carry tenant A's own ids, so an allowed request reaches its action.
/// </summary>
public sealed class AuthorizationMatrixTests
{
    [Test]
    public void The_sensitive_areas_table_agrees_with_the_controllers_metadata()
    {
        var disagreements = new List<string>();
        foreach (var route in AppRouteTable.All)
        {
            if (AccessRules.Listed(route) is not { OutsideMetadata: false } listed)
            {
                continue;
            }

            foreach (var principal in Enum.GetValues<Principal>())
            {
                var declared = AccessRules.Declared(route, principal);
                if (declared != listed.Allowed.Contains(principal))
                {
                    disagreements.Add($"{route} ({route.Access}): {principal} is {(declared ? "let in" : "kept out")} by the metadata, the table says {(declared ? "kept out" : "let in")}");
                }
            }
        }

        var unused = AccessRules.Table.Where(t => !AppRouteTable.All.Any(r => AccessRules.Listed(r) is { } l && l.Allowed == t.Allowed && AccessRules.Normalize(r.Template).StartsWith(t.Prefix, StringComparison.Ordinal)));
        Assert.That(disagreements, Is.Empty);
        Assert.That(unused.Select(t => t.Prefix), Is.Empty, "every line of the table matches a route");
    }

    [Test]
    public async Task Every_route_lets_in_exactly_the_expected_principals_and_never_fails()
    {
        using var tenants = await TwoTenants.CreateAsync();
        var failures = new List<string>();
        var count = 0;

        // GETs first, then POSTs; signing out last, since it ends the session the others need.
        var routes = AppRouteTable.All
            .OrderBy(r => r.Method == "POST")
            .ThenBy(r => AccessRules.Normalize(r.Template) == "account/logout");
        foreach (var route in routes)
        {
            var plain = RouteValues.PlainChoices(route).First();
            var path = RouteValues.Path(route, tenants.A, plain, _ => tenants.A);
            foreach (var principal in Enum.GetValues<Principal>())
            {
                var outcome = await Requests.SendAsync(tenants[principal], route.Method, path);
                count++;
                var allowed = AccessRules.Expected(route, principal);
                var ok = outcome.Answer switch
                {
                    Answer.ServerError => false,
                    Answer.Denied => !allowed,
                    _ => allowed,
                };
                if (!ok)
                {
                    failures.Add($"{route.Method} {path} as {principal}: {outcome}, expected {(allowed ? "to be served" : "a refusal")}");
                }
            }
        }

        Assert.That(failures, Is.Empty, Report.Lines(failures, count));
    }
}
