using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Simore.IntegrationTests.Security;

/// <summary>
/// A route parameter and the resource it names: the literal segment before it ("entries/{id}" names an
/// entry), or the two before it where one word means two things ("moderation/reports/{id}" is an abuse
/// report, "reports/{id}" a report draft).
/// </summary>
public sealed record RouteParameter(string Name, string? Resource, string? Qualified = null);

/// <summary>
/// One address and method the running app answers, read from its endpoint table (controllers,
/// minimal endpoints, the jobs dashboard), with the authorization its metadata declares.
/// </summary>
public sealed record AppRoute(string Method, RoutePattern Pattern, DeclaredAccess Access, bool IsControllerAction)
{
    public string Template => Pattern.RawText ?? string.Join('/', Pattern.PathSegments.Select(s => string.Concat(s.Parts.Select(Describe))));

    public IReadOnlyList<RouteParameter> Parameters { get; } = ParametersOf(Pattern);

    public bool IsTenantRoute => Parameters.Any(p => p.Name == "tenant");

    public override string ToString() => $"{Method} /{Template.TrimStart('/')}";

    /// <summary>The path with each parameter replaced by the value <paramref name="valueOf"/> gives it.</summary>
    public string Path(Func<RouteParameter, string> valueOf)
    {
        var path = new StringBuilder();
        foreach (var segment in Pattern.PathSegments)
        {
            path.Append('/');
            foreach (var part in segment.Parts)
            {
                path.Append(part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternSeparatorPart separator => separator.Content,
                    RoutePatternParameterPart parameter => Uri.EscapeDataString(valueOf(Parameters.Single(p => p.Name == parameter.Name))),
                    _ => throw new InvalidOperationException("Unknown route part in " + Template),
                });
            }
        }

        return path.Length == 0 ? "/" : path.ToString();
    }

    private static string Describe(RoutePatternPart part) => part switch
    {
        RoutePatternLiteralPart literal => literal.Content,
        RoutePatternSeparatorPart separator => separator.Content,
        RoutePatternParameterPart parameter => "{" + parameter.Name + "}",
        _ => "?",
    };

    private static List<RouteParameter> ParametersOf(RoutePattern pattern)
    {
        var parameters = new List<RouteParameter>();
        string? previous = null;
        string? qualified = null;
        foreach (var segment in pattern.PathSegments)
        {
            foreach (var part in segment.Parts.OfType<RoutePatternParameterPart>())
            {
                parameters.Add(new RouteParameter(part.Name, previous, qualified));
            }

            var word = segment.Parts is [RoutePatternLiteralPart only] ? only.Content : null;
            qualified = word is not null && previous is not null && !previous.StartsWith('{') ? previous + "/" + word : null;
            previous = segment.Parts is [RoutePatternLiteralPart literal] ? literal.Content
                : segment.Parts is [RoutePatternParameterPart parameter] ? "{" + parameter.Name + "}"
                : null;
        }

        return parameters;
    }
}

/// <summary>What the endpoint's metadata asks for: nothing, a signed-in user, roles, or policies.</summary>
public sealed record DeclaredAccess(bool Anonymous, bool Authenticated, IReadOnlyList<IReadOnlyList<string>> RoleSets, IReadOnlyList<string> Policies)
{
    public static DeclaredAccess Of(Endpoint endpoint)
    {
        var data = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>();
        if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null || data.Count == 0)
        {
            return new DeclaredAccess(true, false, [], []);
        }

        var roleSets = data.Where(d => !string.IsNullOrWhiteSpace(d.Roles))
            .Select(d => (IReadOnlyList<string>)d.Roles!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .ToList();
        var policies = data.Where(d => !string.IsNullOrWhiteSpace(d.Policy)).Select(d => d.Policy!).Distinct().ToList();
        return new DeclaredAccess(false, true, roleSets, policies);
    }

    public override string ToString() =>
        Anonymous ? "anyone"
        : string.Join(" and ", new[] { "signed in" }
            .Concat(RoleSets.Select(r => "role " + string.Join('|', r)))
            .Concat(Policies.Select(p => "policy " + p)));
}

public static class AppRouteTable
{
    /// <summary>Every route of the app under test, one per method, in a stable order.</summary>
    public static IReadOnlyList<AppRoute> All { get; } = Load();

    private static List<AppRoute> Load()
    {
        var source = TestEnvironment.App.Services.GetRequiredService<EndpointDataSource>();
        var routes = new List<AppRoute>();
        foreach (var endpoint in source.Endpoints.OfType<RouteEndpoint>())
        {
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is { Count: > 0 } declared
                ? declared
                : ["GET", "POST"];
            foreach (var method in methods.Where(m => m is "GET" or "POST"))
            {
                routes.Add(new AppRoute(method, endpoint.RoutePattern, DeclaredAccess.Of(endpoint), endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.Controllers.ControllerActionDescriptor>() is not null));
            }
        }

        return routes
            .DistinctBy(r => r.ToString())
            .OrderBy(r => r.Template, StringComparer.Ordinal)
            .ThenBy(r => r.Method, StringComparer.Ordinal)
            .ToList();
    }

    public static string Invariant(long id) => id.ToString(CultureInfo.InvariantCulture);
}
