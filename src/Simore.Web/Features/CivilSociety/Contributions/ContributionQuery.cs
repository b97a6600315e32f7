using Microsoft.EntityFrameworkCore;
using Simore.Core.Data;
using Simore.Core.FollowUp;
using Simore.Web.Features.Shared;

namespace Simore.Web.Features.CivilSociety.Contributions;

/// <summary>What the contribution forms show. Only published follow-up can be commented on.</summary>
public sealed class ContributionQuery(SimoreDbContext db)
{
    /// <summary>The recommendation in the current State, or null (another State's id is simply not found).</summary>
    public Task<RecommendationSummary?> RecommendationAsync(long id, CancellationToken cancellationToken) =>
        db.Recommendations.AsNoTracking()
            .Where(r => r.Id == id)
            .Select(r => new RecommendationSummary(r.Id, r.Document!.Symbol + " " + r.Paragraph, r.Text, r.Status))
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<EntryOption>> PublishedEntriesAsync(long recommendationId, CancellationToken cancellationToken)
    {
        var entries = await Published(recommendationId).Include(e => e.Institution)
            .OrderByDescending(e => e.PublishedAt)
            .ToListAsync(cancellationToken);
        return entries.Select(e => new EntryOption(e.Id, e.Institution!.NameIn(Names.Language), e.PublishedAt)).ToList();
    }

    public Task<bool> IsPublishedEntryAsync(long recommendationId, long entryId, CancellationToken cancellationToken) =>
        Published(recommendationId).AnyAsync(e => e.Id == entryId, cancellationToken);

    private IQueryable<FollowUpEntry> Published(long recommendationId) =>
        db.FollowUpEntries.AsNoTracking()
            .PublishedFor(recommendationId);
}
