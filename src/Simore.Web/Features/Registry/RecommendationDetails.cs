using Microsoft.EntityFrameworkCore;
using Simore.Core.Auditing;
using Simore.Core.Data;
using Simore.Core.Registry;
using Simore.Core.Registry.Similarity;

namespace Simore.Web.Features.Registry;

public sealed record LinkRow(long LinkId, long OtherId, string OtherReference, string OtherText, LinkKind Kind, LinkStatus Status, double? Score);

public sealed record MergedRow(long Id, string Reference, string Text);

public sealed record RecommendationDetailsModel(
    Recommendation Recommendation,
    IReadOnlyList<LinkRow> Links,
    IReadOnlyList<MergedRow> Duplicates,
    MergedRow? MergedInto,
    IReadOnlyList<SimilarRecommendation> Similar,
    IReadOnlyList<SuggestedTag> Suggestions,
    IReadOnlyList<AuditEntry> Audit,
    IReadOnlyList<ClusterOption> Clusters,
    FollowUpPanel FollowUp);

/// <summary>Everything the administrator's page of one recommendation shows.</summary>
public sealed class RecommendationDetailsQuery(SimoreDbContext db, SimilarityService similarity, TagSuggester suggester, FollowUpPanelQuery followUp)
{
    public async Task<RecommendationDetailsModel?> LoadAsync(long id, CancellationToken cancellationToken)
    {
        var recommendation = await db.Recommendations.AsNoTracking()
            .Include(r => r.Document).Include(r => r.Cluster)
            .Include(r => r.States).Include(r => r.Themes).Include(r => r.Groups).Include(r => r.SdgGoals).Include(r => r.SdgTargets)
            .Include(r => r.Translations).Include(r => r.Parts)
            .Include(r => r.PositionHistory.OrderByDescending(p => p.RecordedAt))
            .Include(r => r.Revisions.OrderByDescending(p => p.RecordedAt))
            .AsSplitQuery()
            .FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (recommendation is null)
        {
            return null;
        }

        var links = await db.RecommendationLinks.AsNoTracking()
            .Where(l => (l.FromId == id || l.ToId == id) && l.Status != LinkStatus.Rejected)
            .Join(db.Recommendations, l => l.FromId == id ? l.ToId : l.FromId, r => r.Id, (l, r) => new LinkRow(l.Id, r.Id, r.Document!.Symbol + " " + r.Paragraph, r.Text, l.Kind, l.Status, l.Score))
            .ToListAsync(cancellationToken);
        var duplicates = await db.Recommendations.AsNoTracking()
            .Where(r => r.MergedIntoId == id)
            .Select(r => new MergedRow(r.Id, r.Document!.Symbol + " " + r.Paragraph, r.Text))
            .ToListAsync(cancellationToken);
        var mergedInto = recommendation.MergedIntoId is null ? null : await db.Recommendations.AsNoTracking()
            .Where(r => r.Id == recommendation.MergedIntoId)
            .Select(r => new MergedRow(r.Id, r.Document!.Symbol + " " + r.Paragraph, r.Text))
            .FirstOrDefaultAsync(cancellationToken);
        var audit = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(Recommendation) && a.EntityId == id)
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Take(50)
            .ToListAsync(cancellationToken);
        var clusters = await ClusterOption.ListAsync(db, cancellationToken);

        return new RecommendationDetailsModel(
            recommendation,
            links,
            duplicates,
            mergedInto,
            await similarity.FindAsync(id, 8, cancellationToken),
            await suggester.SuggestAsync(id, cancellationToken),
            audit,
            clusters,
            await followUp.LoadAsync(id, recommendation.ClusterId, cancellationToken));
    }
}
