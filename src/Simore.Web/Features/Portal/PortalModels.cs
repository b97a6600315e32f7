using Simore.Core.Registry;
using Simore.Core.Tenancy;

namespace Simore.Web.Features.Portal;

public sealed record LandingModel(Tenant Tenant, IReadOnlyDictionary<Position, int> PositionCounts, IReadOnlyList<DocumentSummary> Documents)
{
    public int Total => PositionCounts.Values.Sum();

    public int Count(Position position) => PositionCounts.GetValueOrDefault(position);
}

public sealed record DocumentSummary(string Symbol, Mechanism Mechanism, string BodyCode, int? Cycle, int? Session, int RecommendationCount);

public sealed record RecommendationQuery
{
    public string? Q { get; init; }

    public Position? Position { get; init; }

    public int Page { get; init; } = 1;
}

public sealed record RecommendationRow(long Id, string Paragraph, string DocumentSymbol, string Text, Position Position, IReadOnlyList<string> RecommendingStates);

public sealed record RecommendationListModel(RecommendationQuery Query, IReadOnlyList<RecommendationRow> Items, int Total, int PageSize);
