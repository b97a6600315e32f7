using Microsoft.EntityFrameworkCore;
using Simore.Core.Auditing;
using Simore.Core.Data;

namespace Simore.Core.Registry.Curation;

/// <summary>
/// The administrator's changes that carry rules: the official text changes only with a reason and
/// keeps its revisions; positions keep a dated history; duplicates are merged without deleting them.
/// Every change is audited by the context.
/// </summary>
public sealed class RecommendationCuration(SimoreDbContext db, ICurrentUser user, TimeProvider clock)
{
    public void CorrectText(Recommendation recommendation, string newText, string reason)
    {
        var text = newText.Trim();
        if (string.Equals(text, recommendation.Text, StringComparison.Ordinal))
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ArgumentException("A correction of the official text needs a reason.", nameof(reason));
        }

        db.RecommendationRevisions.Add(new RecommendationRevision
        {
            RecommendationId = recommendation.Id,
            PreviousText = recommendation.Text,
            NewText = text,
            Reason = reason.Trim(),
            RecordedBy = user.Name,
            RecordedAt = clock.GetUtcNow(),
        });
        recommendation.Text = text;
        recommendation.UpdatedAt = clock.GetUtcNow();
    }

    public void SetPosition(Recommendation recommendation, Position position, string? source, DateOnly? decidedOn, string? note)
    {
        if (recommendation.Position == position && string.Equals(recommendation.PositionSource, source, StringComparison.Ordinal))
        {
            return;
        }

        recommendation.Position = position;
        recommendation.PositionSource = string.IsNullOrWhiteSpace(source) ? recommendation.PositionSource : source.Trim();
        recommendation.UpdatedAt = clock.GetUtcNow();
        db.PositionChanges.Add(new PositionChange
        {
            RecommendationId = recommendation.Id,
            Position = position,
            Source = string.IsNullOrWhiteSpace(source) ? null : source.Trim(),
            DecidedOn = decidedOn,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
            RecordedBy = user.Name,
            RecordedAt = clock.GetUtcNow(),
        });
    }

    /// <summary>Confirms a link (creating it, or confirming a proposal). Links are symmetric in meaning; one row is enough.</summary>
    public async Task LinkAsync(long fromId, long toId, LinkKind kind, CancellationToken cancellationToken = default)
    {
        if (fromId == toId)
        {
            return;
        }

        var link = await db.RecommendationLinks.FirstOrDefaultAsync(
            l => ((l.FromId == fromId && l.ToId == toId) || (l.FromId == toId && l.ToId == fromId)) && l.Kind == kind, cancellationToken);
        if (link is null)
        {
            link = new RecommendationLink { FromId = fromId, ToId = toId, Kind = kind, CreatedAt = clock.GetUtcNow() };
            db.RecommendationLinks.Add(link);
        }

        link.Status = LinkStatus.Confirmed;
        link.DecidedBy = user.Name;
        link.DecidedAt = clock.GetUtcNow();
    }

    public async Task<bool> DecideLinkAsync(long linkId, bool confirm, CancellationToken cancellationToken = default)
    {
        var link = await db.RecommendationLinks.FirstOrDefaultAsync(l => l.Id == linkId, cancellationToken);
        if (link is null)
        {
            return false;
        }

        link.Status = confirm ? LinkStatus.Confirmed : LinkStatus.Rejected;
        link.DecidedBy = user.Name;
        link.DecidedAt = clock.GetUtcNow();
        return true;
    }

    /// <summary>Marks <paramref name="duplicate"/> as a duplicate of <paramref name="canonical"/>; both stay.</summary>
    public async Task MergeAsync(Recommendation duplicate, Recommendation canonical, CancellationToken cancellationToken = default)
    {
        if (duplicate.Id == canonical.Id || canonical.MergedIntoId is not null)
        {
            throw new InvalidOperationException("A recommendation can only be merged into one that is not itself merged.");
        }

        // Anything merged into the duplicate follows it to the canonical recommendation.
        var followers = await db.Recommendations.Where(r => r.MergedIntoId == duplicate.Id).ToListAsync(cancellationToken);
        foreach (var follower in followers)
        {
            follower.MergedIntoId = canonical.Id;
        }

        duplicate.MergedIntoId = canonical.Id;
        duplicate.UpdatedAt = clock.GetUtcNow();
        await LinkAsync(duplicate.Id, canonical.Id, LinkKind.Duplicate, cancellationToken);
    }

    public void Unmerge(Recommendation duplicate)
    {
        duplicate.MergedIntoId = null;
        duplicate.UpdatedAt = clock.GetUtcNow();
    }
}
