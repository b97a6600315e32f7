using Microsoft.EntityFrameworkCore;
using Simore.Core.Data;

namespace Simore.Core.Registry.Similarity;

public sealed record SimilarRecommendation(
    long Id,
    string Symbol,
    string Paragraph,
    string Text,
    Mechanism Mechanism,
    string BodyCode,
    int? Cycle,
    double Score,
    LinkKind SuggestedKind,
    LinkStatus? LinkStatus);

/// <summary>
/// Recommendations of the same State whose text is close (PostgreSQL trigram similarity): the same
/// concern in an earlier cycle ("as previously recommended") or from another mechanism.
/// </summary>
public sealed class SimilarityService(SimoreDbContext db)
{
    public async Task<IReadOnlyList<SimilarRecommendation>> FindAsync(long recommendationId, int limit = 10, CancellationToken cancellationToken = default)
    {
        var subject = await db.Recommendations.AsNoTracking()
            .Where(r => r.Id == recommendationId)
            .Select(r => new { r.Text, r.Document!.Mechanism, r.Document.Cycle, r.DocumentId })
            .FirstOrDefaultAsync(cancellationToken);
        if (subject is null)
        {
            return [];
        }

        var candidates = await db.Recommendations.AsNoTracking()
            .Where(r => r.Id != recommendationId && r.MergedIntoId == null && EF.Functions.TrigramsAreSimilar(r.Text, subject.Text))
            .OrderByDescending(r => EF.Functions.TrigramsSimilarity(r.Text, subject.Text))
            .Take(limit)
            .Select(r => new
            {
                r.Id,
                r.Document!.Symbol,
                r.Paragraph,
                r.Text,
                r.Document.Mechanism,
                r.Document.BodyCode,
                r.Document.Cycle,
                r.DocumentId,
                Score = EF.Functions.TrigramsSimilarity(r.Text, subject.Text),
            })
            .ToListAsync(cancellationToken);
        var ids = candidates.Select(c => c.Id).ToList();
        var links = await db.RecommendationLinks.AsNoTracking()
            .Where(l => (l.FromId == recommendationId && ids.Contains(l.ToId)) || (l.ToId == recommendationId && ids.Contains(l.FromId)))
            .ToListAsync(cancellationToken);

        return candidates.Select(c =>
            {
                var kind = c.Mechanism == Mechanism.Upr && subject.Mechanism == Mechanism.Upr && c.Cycle < subject.Cycle
                    ? LinkKind.PreviouslyRecommended
                    : LinkKind.Related;
                var link = links.FirstOrDefault(l => l.FromId == c.Id || l.ToId == c.Id);
                return new SimilarRecommendation(c.Id, c.Symbol, c.Paragraph, c.Text, c.Mechanism, c.BodyCode, c.Cycle, c.Score, kind, link?.Status);
            })
            .ToList();
    }
}
