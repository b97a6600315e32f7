namespace Simore.IntegrationTests.Security;

/// <summary>
/// Every route of the app that names something stored, asked by every principal of tenant A for
/// tenant B's things: not found, whatever the role. Generated from the route table, so a new route
/// is covered the day it is added (and fails here if it names a resource TenantData cannot make).
/// </summary>
public sealed class TenantIsolationTests
{
    [Test]
    public void Every_route_parameter_names_a_resource_the_tests_can_make()
    {
        var unknown = new List<string>();
        foreach (var route in AppRouteTable.All)
        {
            foreach (var plain in RouteValues.PlainChoices(route))
            {
                foreach (var parameter in route.Parameters)
                {
                    try
                    {
                        RouteValues.ResourceOf(parameter, plain);
                    }
                    catch (UnknownParameterException e)
                    {
                        unknown.Add($"{route}: {e.Message}");
                    }
                }
            }
        }

        Assert.That(unknown.Distinct(), Is.Empty);
        Assert.That(IdRoutes().Count(), Is.GreaterThan(50), "the route table was read");
    }

    [Test]
    public async Task Every_id_of_tenant_B_answers_404_to_every_principal_of_tenant_A()
    {
        using var tenants = await TwoTenants.CreateAsync();
        var failures = new List<string>();
        var checkedRequests = 0;

        foreach (var (route, plain, resources) in IdRoutes())
        {
            // All ids from B, then (for nested routes) each id from B under A's parents, and A's parents under B's.
            var variants = new List<Func<RouteParameter, TenantData>> { _ => tenants.B };
            if (resources.Count > 1)
            {
                variants.AddRange(resources.Select(foreign => (Func<RouteParameter, TenantData>)(p => p == foreign ? tenants.B : tenants.A)));
            }

            foreach (var owner in variants)
            {
                var path = RouteValues.Path(route, tenants.A, plain, owner);
                foreach (var principal in Enum.GetValues<Principal>())
                {
                    var outcome = await Requests.SendAsync(tenants[principal], route.Method, path);
                    checkedRequests++;
                    var expected = AccessRules.Expected(route, principal) ? Answer.NotFound : Answer.Denied;
                    if (outcome.Answer != expected)
                    {
                        failures.Add($"{route.Method} {path} as {principal}: {outcome}, expected {expected}");
                    }
                }
            }
        }

        Assert.That(failures, Is.Empty, Report.Lines(failures, checkedRequests));
    }

    [Test]
    public async Task The_same_routes_find_tenant_As_own_things_for_someone()
    {
        // Without this, a route that never finds anything would pass the test above for the wrong reason.
        using var tenants = await TwoTenants.CreateAsync();
        var failures = new List<string>();

        foreach (var (route, plain, _) in IdRoutes().Where(r => r.Route.Method == "GET"))
        {
            var path = RouteValues.Path(route, tenants.A, plain, _ => tenants.A);
            var answers = new List<string>();
            var served = false;
            foreach (var principal in Enum.GetValues<Principal>().Where(p => AccessRules.Expected(route, p)))
            {
                var outcome = await Requests.SendAsync(tenants[principal], "GET", path);
                served |= outcome.Status == System.Net.HttpStatusCode.OK;
                answers.Add($"{principal}: {outcome}");
            }

            if (!served)
            {
                failures.Add($"GET {path}: {string.Join(", ", answers)}");
            }
        }

        Assert.That(failures, Is.Empty, Report.Lines(failures));
    }

    /// <summary>Tenant routes naming at least one resource, with each choice of their plain parameters.</summary>
    private static IEnumerable<(AppRoute Route, IReadOnlyDictionary<string, string> Plain, IReadOnlyList<RouteParameter> Resources)> IdRoutes() =>
        from route in AppRouteTable.All
        where route.IsTenantRoute
        from plain in RouteValues.PlainChoices(route)
        let resources = route.Parameters.Where(p => Safe(() => RouteValues.ResourceOf(p, plain)) is not null).ToList()
        where resources.Count > 0
        select (route, plain, (IReadOnlyList<RouteParameter>)resources);

    private static string? Safe(Func<string?> resource)
    {
        try
        {
            return resource();
        }
        catch (UnknownParameterException)
        {
            return null;
        }
    }
}
