namespace Simore.Core.FollowUp;

public static class PublishedFollowUp
{
    /// <summary>The published entries about one recommendation: all the public may read of its follow-up.</summary>
    public static IQueryable<FollowUpEntry> PublishedFor(this IQueryable<FollowUpEntry> entries, long recommendationId) =>
        entries.Where(e => e.Status == EntryStatus.Published && e.Recommendations.Any(x => x.RecommendationId == recommendationId));
}
