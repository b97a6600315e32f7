namespace Simore.IntegrationTests.Security;

/// <summary>Fills a route's parameters: the tenant's slug, the ids of its resources, the plain parameters' values.</summary>
public static class RouteValues
{
    /// <summary>The resource a parameter names, following "{kind}/{id}" to the kind's value; null for plain parameters.</summary>
    public static string? ResourceOf(RouteParameter parameter, IReadOnlyDictionary<string, string> plain)
    {
        if (parameter.Name == "tenant" || TenantData.PlainParameters.ContainsKey(parameter.Name))
        {
            return null;
        }

        if (parameter.Qualified is { } qualified && TenantData.Resources.ContainsKey(qualified))
        {
            return qualified;
        }

        var resource = parameter.Resource is ['{', .., '}'] named ? plain.GetValueOrDefault(named[1..^1]) : parameter.Resource;
        return resource is not null && TenantData.Resources.ContainsKey(resource)
            ? resource
            : throw new UnknownParameterException(parameter);
    }

    /// <summary>Each combination of the plain parameters' values the route has (the moderation routes take both kinds).</summary>
    public static IEnumerable<IReadOnlyDictionary<string, string>> PlainChoices(AppRoute route)
    {
        IEnumerable<Dictionary<string, string>> choices = [new()];
        foreach (var parameter in route.Parameters.Where(p => TenantData.PlainParameters.ContainsKey(p.Name)))
        {
            choices = choices.SelectMany(c => TenantData.PlainParameters[parameter.Name].Select(v => new Dictionary<string, string>(c) { [parameter.Name] = v })).ToList();
        }

        return choices;
    }

    /// <summary>The path in tenant <paramref name="tenant"/>, with each resource taken from the data <paramref name="owner"/> gives for it.</summary>
    public static string Path(AppRoute route, TenantData tenant, IReadOnlyDictionary<string, string> plain, Func<RouteParameter, TenantData> owner) =>
        route.Path(p => p.Name == "tenant" ? tenant.Tenant.Slug
            : plain.TryGetValue(p.Name, out var value) ? value
            : owner(p).Id(ResourceOf(p, plain)!));
}

public sealed class UnknownParameterException(RouteParameter parameter)
    : Exception($"the parameter {{{parameter.Name}}} after '{parameter.Resource}' names nothing TenantData can make: add the resource to TenantData (or the parameter to its plain parameters)");
