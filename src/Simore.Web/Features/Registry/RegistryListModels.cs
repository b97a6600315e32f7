using Simore.Core.Registry;

namespace Simore.Web.Features.Registry;

public sealed record RecommendationListItem(
    long Id,
    string Symbol,
    string Paragraph,
    string Text,
    Position Position,
    string? Cluster,
    IReadOnlyList<string> States,
    int Themes,
    int Groups,
    int Sdgs,
    bool Merged);

public sealed record ClusterOption(long Id, string Name);

public sealed record DocumentOption(long Id, string Symbol, int? Cycle);

public sealed record RecommendationListModel(
    RecommendationFilter Filter,
    IReadOnlyList<RecommendationListItem> Items,
    int Total,
    IReadOnlyList<ClusterOption> Clusters,
    IReadOnlyList<DocumentOption> Documents,
    IReadOnlyList<int> Cycles);
