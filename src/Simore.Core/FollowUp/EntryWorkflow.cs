using Simore.Core.Auditing;
using Simore.Core.Data;

namespace Simore.Core.FollowUp;

/// <summary>
/// The path of an entry: draft → submitted → validated → published, or returned with a comment by
/// the validator (from submitted) or the administrator (from validated). Who may take each step is
/// checked by the pages; this class keeps the order, the record of every step and the status rule.
/// </summary>
public sealed class EntryWorkflow(SimoreDbContext db, ICurrentUser user, TimeProvider clock, StatusRule statusRule)
{
    private static readonly HashSet<(EntryStatus From, EntryStatus To)> Allowed =
    [
        (EntryStatus.Draft, EntryStatus.Submitted),
        (EntryStatus.Returned, EntryStatus.Submitted),
        (EntryStatus.Submitted, EntryStatus.Validated),
        (EntryStatus.Submitted, EntryStatus.Returned),
        (EntryStatus.Validated, EntryStatus.Published),
        (EntryStatus.Validated, EntryStatus.Returned),
    ];

    public static bool CanMove(EntryStatus from, EntryStatus to) => Allowed.Contains((from, to));

    /// <summary>Moves the entry, or returns false when the step is not allowed from its current status.</summary>
    /// <param name="publishedWording">On publication: the administrator's wording, kept beside the focal point's text.</param>
    public async Task<bool> MoveAsync(FollowUpEntry entry, EntryStatus to, string? comment, string? publishedWording = null, CancellationToken cancellationToken = default)
    {
        if (!CanMove(entry.Status, to))
        {
            return false;
        }

        if (to == EntryStatus.Returned && string.IsNullOrWhiteSpace(comment))
        {
            throw new ArgumentException("Returning an entry needs a comment.", nameof(comment));
        }

        var now = clock.GetUtcNow();
        db.EntryTransitions.Add(new EntryTransition
        {
            EntryId = entry.Id,
            From = entry.Status,
            To = to,
            Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(),
            UserId = user.Id,
            UserName = user.Name,
            At = now,
        });
        entry.Status = to;
        entry.UpdatedAt = now;
        if (to == EntryStatus.Published)
        {
            entry.PublishedAt = now;
            var wording = publishedWording?.Trim();
            entry.PublishedText = string.IsNullOrEmpty(wording) || wording == entry.Text ? null : wording;
        }

        await db.SaveChangesAsync(cancellationToken);
        if (to == EntryStatus.Published)
        {
            await statusRule.RecomputeAsync(entry.Recommendations.Select(r => r.RecommendationId).ToList(), cancellationToken);
        }

        return true;
    }
}
