using Microsoft.EntityFrameworkCore;
using Simore.Core.Data;
using Simore.Core.Registry;
using Simore.Core.Registry.Similarity;

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
/// other mechanisms), then close wording from other documents that nobody has rejected.
/// </summary>
public sealed class RelatedRecommendations(SimoreDbContext db, SimilarityService similarity)
{
    private const double SimilarEnough = 0.5;

    public async Task<IReadOnlyList<RelatedRecommendation>> FindAsync(long recommendationId, int limit = 8, CancellationToken cancellationToken = default)
    {
        var links = await db.RecommendationLinks.AsNoTracking()
            .Where(l => l.Status == LinkStatus.Confirmed && l.Kind != LinkKind.Duplicate && (l.FromId == recommendationId || l.ToId == recommendationId))
            .Select(l => new { Other = l.FromId == recommendationId ? l.ToId : l.FromId, l.Kind })
            .ToListAsync(cancellationToken);
        var linkedIds = links.Select(l => l.Other).ToList();
        var linked = await db.Recommendations.AsNoTracking()
            .Where(r => linkedIds.Contains(r.Id) && r.MergedIntoId == null)
            .Select(r => new { r.Id, r.Document!.Symbol, r.Paragraph, r.Text, r.Document.Mechanism, r.Document.BodyCode, r.Document.Cycle })
            .ToListAsync(cancellationToken);
        var related = linked
            .Select(r => new RelatedRecommendation(r.Id, r.Symbol, r.Paragraph, r.Text, r.Mechanism, r.BodyCode, r.Cycle,
                links.First(l => l.Other == r.Id).Kind == LinkKind.PreviouslyRecommended ? RelatedKind.PreviouslyRecommended : RelatedKind.Related))
            .OrderBy(r => r.Kind).ThenBy(r => r.Cycle).ThenBy(r => r.Symbol, StringComparer.Ordinal)
            .ToList();
        if (related.Count >= limit)
        {
            return related.Take(limit).ToList();
        }

        // Other parts of the same document are siblings, not related recommendations.
        var symbol = await db.Recommendations.Where(r => r.Id == recommendationId).Select(r => r.Document!.Symbol).FirstOrDefaultAsync(cancellationToken);
        foreach (var candidate in await similarity.FindAsync(recommendationId, limit * 2, cancellationToken))
        {
            if (related.Count >= limit)
            {
                break;
            }

            if (candidate.Score >= SimilarEnough && candidate.LinkStatus != LinkStatus.Rejected && candidate.Symbol != symbol && related.All(r => r.Id != candidate.Id))
            {
                related.Add(new RelatedRecommendation(candidate.Id, candidate.Symbol, candidate.Paragraph, candidate.Text, candidate.Mechanism, candidate.BodyCode, candidate.Cycle, RelatedKind.Similar));
            }
        }

        return related;
    }
}
