using Microsoft.EntityFrameworkCore;
using Simore.Core.Data;
using Simore.Core.FollowUp;
using Simore.Core.Portal;
using Simore.Core.Registry;

namespace Simore.Web.Features.Portal;

public sealed record PublicRecommendation(
    Recommendation Recommendation,
    IReadOnlyList<FollowUpEntry> Entries,
    IReadOnlyList<RelatedRecommendation> Related,
    Recommendation? MergedInto);

/// <summary>Everything the public may read about one recommendation: never a follow-up entry that is not published.</summary>
public sealed class PublicRecommendationQuery(SimoreDbContext db, RelatedRecommendations related)
{
    public async Task<PublicRecommendation?> RunAsync(long id, CancellationToken cancellationToken)
    {
        var recommendation = await db.Recommendations.AsNoTracking()
            .Include(r => r.Document).Include(r => r.Cluster)
            .Include(r => r.States).Include(r => r.Themes).Include(r => r.Groups).Include(r => r.SdgGoals).Include(r => r.SdgTargets)
            .Include(r => r.Assignments).ThenInclude(a => a.Institution)
            .Include(r => r.PositionHistory.OrderBy(p => p.RecordedAt))
            .AsSplitQuery()
            .FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (recommendation is null)
        {
            return null;
        }

        // A merged duplicate stays readable (old links keep working) and points to the recommendation it became.
        var mergedInto = recommendation.MergedIntoId is long target
            ? await db.Recommendations.AsNoTracking().Include(r => r.Document).FirstOrDefaultAsync(r => r.Id == target, cancellationToken)
            : null;
        var entries = await db.FollowUpEntries.AsNoTracking()
            .Include(e => e.Institution).Include(e => e.Evidence)
            .PublishedFor(id)
            .OrderByDescending(e => e.PublishedAt).ThenByDescending(e => e.Id)
            .ToListAsync(cancellationToken);
        return new PublicRecommendation(recommendation, entries, await related.FindAsync(id, cancellationToken: cancellationToken), mergedInto);
    }
}
