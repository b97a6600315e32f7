using System.Globalization;
using Microsoft.Extensions.Localization;
using Simore.Core.FollowUp;
using Simore.Core.Localization;
using Simore.Core.Portal;
using Simore.Core.Registry;
using Simore.Web.Features.Shared;

namespace Simore.Web.Features.Portal;

public sealed record FacetLink(string Label, int Count, string Url, bool Selected);

public sealed record FacetGroup(string Name, string Title, IReadOnlyList<FacetLink> Values);

public sealed record ActiveFilter(string Title, string Label, string RemoveUrl);

public sealed record SearchPage(
    PortalQuery Query,
    PortalResult Result,
    SearchParameters Parameters,
    string Path,
    IReadOnlyList<FacetGroup> Facets,
    IReadOnlyList<ActiveFilter> Active)
{
    public string Url(SearchParameters parameters) => Path + parameters.ToQueryString();

    public string PageUrl(int page) => Url(page <= 1 ? Parameters.Without("page") : Parameters.With("page", page.ToString(CultureInfo.InvariantCulture)));
}

/// <summary>Runs a public search and turns its facets into labelled links in the reader's language.</summary>
public sealed class SearchPageQuery(PortalSearch search, IStringLocalizer<SharedResource> l)
{
    private const int FacetValuesShown = 30;

    public async Task<SearchPage> RunAsync(PortalQuery query, string path, CancellationToken cancellationToken)
    {
        query = query.Normalized() with { Language = Names.Language };
        var result = await search.SearchAsync(query, withFacets: true, cancellationToken);
        var parameters = SearchParameters.From(query);

        var facets = new (string Name, string Title, Func<string, string> Label)[]
        {
            ("mechanism", l["Mechanism"], v => Enum.TryParse<Mechanism>(v, out var m) ? l[Display.Mechanism(m)] : v),
            ("body", l["Body"], Names.Body),
            ("cycle", l["Cycle"], v => l["cycle {0} (after a mechanism)", v]),
            ("year", l["Year"], v => v),
            ("position", l["Position"], v => Enum.TryParse<Position>(v, out var p) ? l[Display.Position(p)] : v),
            ("status", l["Implementation status"], v => l[Display.Status(Enum.TryParse<ImplementationStatus>(v, out var s) ? s : null)]),
            ("cluster", l["Cluster"], id => result.NameOf("cluster", id)),
            ("theme", l["Theme"], Names.Theme),
            ("group", l["Affected persons"], Names.Group),
            ("sdg", l["Sustainable Development Goal"], v => int.TryParse(v, CultureInfo.InvariantCulture, out var g) ? Names.Goal(g) : v),
            ("state", l["Recommending State"], Names.Country),
            ("institution", l["Responsible institution"], id => result.NameOf("institution", id)),
        };

        var groups = new List<FacetGroup>();
        var active = new List<ActiveFilter>();
        if (query.Q is { } q)
        {
            active.Add(new ActiveFilter(l["Words"], q, path + parameters.Without("q").ToQueryString()));
        }

        foreach (var (name, title, label) in facets)
        {
            var selected = parameters[name];
            if (selected is not null)
            {
                active.Add(new ActiveFilter(title, label(selected), path + parameters.Without(name).ToQueryString()));
            }

            // Every value is labelled (the order needs the labels); only the values shown get a link.
            var values = result.Facet(name)
                .Select(v => (v.Value, v.Count, Label: label(v.Value)))
                .OrderByDescending(v => name is "cycle" or "year" ? 0 : v.Count)
                .ThenByDescending(v => name is "cycle" or "year" ? v.Label : string.Empty, StringComparer.Ordinal)
                .ThenBy(v => v.Label, StringComparer.Create(CultureInfo.CurrentUICulture, true))
                .Take(FacetValuesShown)
                .Select(v => new FacetLink(v.Label, v.Count, path + parameters.With(name, v.Value).ToQueryString(), string.Equals(v.Value, selected, StringComparison.OrdinalIgnoreCase)))
                .ToList();
            if (values.Count > 0)
            {
                groups.Add(new FacetGroup(name, title, values));
            }
        }

        if (query.Target is { } target)
        {
            active.Add(new ActiveFilter(l["SDG target"], Names.Target(target), path + parameters.Without("target").ToQueryString()));
        }

        return new SearchPage(query, result, parameters, path, groups, active);
    }
}
