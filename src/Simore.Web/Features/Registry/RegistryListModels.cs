using Simore.Core.Registry;

namespace Simore.Web.Features.Registry;

public sealed record RecommendationListItem(
    long Id,
    string Symbol,
    string Paragraph,
    string Text,
    Position Position,
    Cluster? Cluster,
    IReadOnlyList<string> States,
    int Themes,
    int Groups,
    int Sdgs,
    bool Merged,
    int Institutions,
    Simore.Core.FollowUp.ImplementationStatus? Status);

public sealed record ClusterOption(long Id, string Name)
{
    /// <summary>The tenant's clusters in their order, named in the interface language.</summary>
    public static async Task<List<ClusterOption>> ListAsync(Simore.Core.Data.SimoreDbContext db, CancellationToken cancellationToken) =>
        (await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AsNoTracking(db.Clusters).OrderBy(c => c.SortOrder).ThenBy(c => c.Name), cancellationToken))
        .Select(c => new ClusterOption(c.Id, c.NameIn(Shared.Names.Language)))
        .ToList();
}

public sealed record DocumentOption(long Id, string Symbol, int? Cycle);

public sealed record RecommendationListModel(
    RecommendationFilter Filter,
    IReadOnlyList<RecommendationListItem> Items,
    int Total,
    IReadOnlyList<ClusterOption> Clusters,
    IReadOnlyList<DocumentOption> Documents,
    IReadOnlyList<int> Cycles,
    IReadOnlyList<Institutions.InstitutionOption> Institutions);
