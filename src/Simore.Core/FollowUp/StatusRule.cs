using Microsoft.EntityFrameworkCore;
using Simore.Core.Data;

namespace Simore.Core.FollowUp;

/// <summary>
/// A recommendation's current implementation status is the status proposed in the most recently
/// published follow-up entry that covers it; with no published entry, there is no information.
/// An administrator's override (with its reason) stands until it is removed. See docs/status-rule.md.
/// </summary>
public sealed class StatusRule(SimoreDbContext db, TimeProvider clock)
{
    public async Task RecomputeAsync(IReadOnlyCollection<long> recommendationIds, CancellationToken cancellationToken = default)
    {
        var recommendations = await db.Recommendations
            .Where(r => recommendationIds.Contains(r.Id))
            .ToListAsync(cancellationToken);
        if (recommendations.Count == 0)
        {
            return;
        }

        var ids = recommendations.Select(r => r.Id).ToList();
        var latest = await db.EntryRecommendations
            .Where(er => ids.Contains(er.RecommendationId))
            .Join(db.FollowUpEntries.Where(e => e.Status == EntryStatus.Published), er => er.EntryId, e => e.Id, (er, e) => new { er.RecommendationId, e.ProposedStatus, e.PublishedAt, e.Id, Text = e.PublishedText ?? e.Text, e.Translations })
            .ToListAsync(cancellationToken);
        foreach (var recommendation in recommendations)
        {
            var status = latest.Where(l => l.RecommendationId == recommendation.Id)
                .OrderByDescending(l => l.PublishedAt).ThenByDescending(l => l.Id)
                .Select(l => (ImplementationStatus?)l.ProposedStatus)
                .FirstOrDefault();
            if (recommendation.StatusOverrideReason is null && recommendation.Status != status)
            {
                recommendation.Status = status;
                recommendation.StatusUpdatedAt = clock.GetUtcNow();
            }

            recommendation.FollowUpText = FollowUpText(latest.Where(l => l.RecommendationId == recommendation.Id).SelectMany(l => l.Translations.Values.Prepend(l.Text)));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static string? FollowUpText(IEnumerable<string> texts)
    {
        var text = string.Join("\n", texts.Distinct());
        return text.Length == 0 ? null : text;
    }

    /// <summary>The administrator sets the status by hand; <paramref name="status"/> null means "no information".</summary>
    public async Task OverrideAsync(Registry.Recommendation recommendation, ImplementationStatus? status, string reason, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ArgumentException("An override needs a reason.", nameof(reason));
        }

        recommendation.Status = status;
        recommendation.StatusOverrideReason = reason.Trim();
        recommendation.StatusUpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task ClearOverrideAsync(Registry.Recommendation recommendation, CancellationToken cancellationToken = default)
    {
        recommendation.StatusOverrideReason = null;
        await db.SaveChangesAsync(cancellationToken);
        await RecomputeAsync([recommendation.Id], cancellationToken);
    }
}
