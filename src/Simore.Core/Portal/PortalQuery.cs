using Simore.Core.FollowUp;
using Simore.Core.Registry;

namespace Simore.Core.Portal;

/// <summary>A public search: every filter is optional; the same record serves the portal, the exports and the API.</summary>
public sealed record PortalQuery
{
    public const int MaxPageSize = 100;

    public string? Q { get; init; }

    public int? Year { get; init; }

    public int? Cycle { get; init; }

    public Mechanism? Mechanism { get; init; }

    public string? Body { get; init; }

    /// <summary>A recommending State, ISO 3166-1 alpha-3.</summary>
    public string? State { get; init; }

    public string? Theme { get; init; }

    public long? Cluster { get; init; }

    /// <summary>A group of persons (affected persons).</summary>
    public string? Group { get; init; }

    public int? Sdg { get; init; }

    public string? Target { get; init; }

    public long? Institution { get; init; }

    public Position? Position { get; init; }

    /// <summary>An implementation status, or "none" for no information.</summary>
    public string? Status { get; init; }

    /// <summary>relevance (default with a text), reference (default without), recent, status.</summary>
    public string? Sort { get; init; }

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 20;

    /// <summary>The interface language, to read the words of the query in it as well.</summary>
    public string Language { get; init; } = "en";

    public ImplementationStatus? StatusValue => Enum.TryParse<ImplementationStatus>(Status, ignoreCase: true, out var s) ? s : null;

    public bool NoInformation => string.Equals(Status, "none", StringComparison.OrdinalIgnoreCase);

    public PortalQuery Normalized() => this with
    {
        Q = string.IsNullOrWhiteSpace(Q) ? null : Q.Trim()[..Math.Min(Q.Trim().Length, 200)],
        Page = Math.Max(1, Page),
        PageSize = Math.Clamp(PageSize, 1, MaxPageSize),
    };
}

public sealed record PortalHit(
    long Id,
    string Symbol,
    string Paragraph,
    string Text,
    Position Position,
    ImplementationStatus? Status,
    Mechanism Mechanism,
    string BodyCode,
    int? Cycle,
    int? Session,
    DateOnly? PublishedOn,
    IReadOnlyList<string> States);

public sealed record FacetValue(string Value, int Count);

public sealed record PortalResult(int Total, IReadOnlyList<PortalHit> Items, IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets)
{
    /// <summary>With the facets: the names of the tenant's clusters and institutions in the query's language, by facet key ("cluster:12").</summary>
    public IReadOnlyDictionary<string, string> Names { get; init; } = new Dictionary<string, string>();

    public string NameOf(string facet, string value) => Names.TryGetValue(facet + ":" + value, out var name) ? name : value;

    public IReadOnlyList<FacetValue> Facet(string name) => Facets.TryGetValue(name, out var values) ? values : [];
}
