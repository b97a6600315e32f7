using Microsoft.EntityFrameworkCore;
using Simore.Core.Data;
using Simore.Core.FollowUp;
using Simore.Core.Portal;

namespace Simore.Web.Features.CivilSociety.Contributions;

/// <summary>One of the signed-in person's own contributions, with what moderation decided.</summary>
public sealed record MyContribution(
    ContributionKind Kind,
    long Id,
    long RecommendationId,
    string Reference,
    string Text,
    ImplementationStatus? AssessedStatus,
    bool OrganisationOnly,
    ModerationStatus Status,
    string? Reason,
    DateTimeOffset CreatedAt);

public sealed class MineQuery(SimoreDbContext db)
{
    public async Task<IReadOnlyList<MyContribution>> ListAsync(Guid userId, CancellationToken cancellationToken)
    {
        var comments = await db.Comments.AsNoTracking()
            .Where(c => c.AuthorId == userId)
            .Join(db.Recommendations, c => c.RecommendationId, r => r.Id, (c, r) => new MyContribution(
                ContributionKind.Comment, c.Id, c.RecommendationId, r.Document!.Symbol + " " + r.Paragraph, c.Text, null, c.OrganisationOnly, c.Status, c.ModerationReason, c.CreatedAt))
            .ToListAsync(cancellationToken);
        var assessments = await db.Assessments.AsNoTracking()
            .Where(a => a.AuthorId == userId)
            .Join(db.Recommendations, a => a.RecommendationId, r => r.Id, (a, r) => new MyContribution(
                ContributionKind.Assessment, a.Id, a.RecommendationId, r.Document!.Symbol + " " + r.Paragraph, a.Text, a.AssessedStatus, a.OrganisationOnly, a.Status, a.ModerationReason, a.CreatedAt))
            .ToListAsync(cancellationToken);
        return comments.Concat(assessments).OrderByDescending(c => c.CreatedAt).ToList();
    }
}
