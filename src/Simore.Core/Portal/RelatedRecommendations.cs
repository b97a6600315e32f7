using Microsoft.EntityFrameworkCore;
using Simore.Core.Data;
using Simore.Core.Registry;

namespace Simore.Core.Portal;

/// <summary>How a related recommendation is known to be related.</summary>
public enum RelatedKind
{
    /// <summary>The same recommendation in an earlier cycle, confirmed by the administrator.</summary>
    PreviouslyRecommended = 1,

    /// <summary>The same concern from another mechanism, confirmed by the administrator.</summary>
    Related = 2,

    /// <summary>Close wording found by the search, not (yet) confirmed by anyone.</summary>
    Similar = 3,
}

public sealed record RelatedRecommendation(long Id, string Symbol, string Paragraph, string Text, Mechanism Mechanism, string BodyCode, int? Cycle, RelatedKind Kind);

/// <summary>
/// The recommendations the public sees beside one: links the administrator confirmed (earlier cycles,
/// other mechanisms), then the links proposed for close wording that nobody has rejected.
/// </summary>
public sealed class RelatedRecommendations(SimoreDbContext db)
{
    public async Task<IReadOnlyList<RelatedRecommendation>> FindAsync(long recommendationId, int limit = 8, CancellationToken cancellationToken = default)
    {
        // The links the import proposed by similarity (and the administrator confirmed or left open):
        // read from the table, so the public page never runs a similarity search across the tenant.
        var links = await db.RecommendationLinks.AsNoTracking()
            .Where(l => l.Status != LinkStatus.Rejected && l.Kind != LinkKind.Duplicate && (l.FromId == recommendationId || l.ToId == recommendationId))
            .Select(l => new { Other = l.FromId == recommendationId ? l.ToId : l.FromId, l.Kind, l.Status, l.Score })
            .ToListAsync(cancellationToken);
        var linkedIds = links.Select(l => l.Other).ToList();
        var linked = await db.Recommendations.AsNoTracking()
            .Where(r => linkedIds.Contains(r.Id) && r.MergedIntoId == null)
            .Select(r => new { r.Id, r.Document!.Symbol, r.Paragraph, r.Text, r.Document.Mechanism, r.Document.BodyCode, r.Document.Cycle })
            .ToListAsync(cancellationToken);
        return linked
            .Select(r =>
            {
                var link = links.First(l => l.Other == r.Id);
                var kind = link.Status != LinkStatus.Confirmed
                    ? RelatedKind.Similar
                    : link.Kind == LinkKind.PreviouslyRecommended ? RelatedKind.PreviouslyRecommended : RelatedKind.Related;
                return (Item: new RelatedRecommendation(r.Id, r.Symbol, r.Paragraph, r.Text, r.Mechanism, r.BodyCode, r.Cycle, kind), link.Score);
            })
            .OrderBy(x => x.Item.Kind).ThenByDescending(x => x.Score).ThenBy(x => x.Item.Cycle).ThenBy(x => x.Item.Symbol, StringComparer.Ordinal)
            .Take(limit)
            .Select(x => x.Item)
            .ToList();
    }
}
