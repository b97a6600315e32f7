using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Simore.Core.Data;
using Simore.Core.FollowUp;
using Simore.Core.Portal;
using Simore.Web.Features.Shared;

namespace Simore.Web.Features.CivilSociety;

/// <summary>
/// Civil society's part of a recommendation's public page: approved independent assessments beside
/// the State's status, approved comments, and plain links to take part. It reads no user and writes
/// no cookie, so the page that shows it can be cached for everyone.
/// </summary>
public sealed class DiscussionViewComponent(SimoreDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(long recommendationId)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var recommendation = await db.Recommendations.AsNoTracking()
            .Where(r => r.Id == recommendationId)
            .Select(r => new { r.Status })
            .FirstOrDefaultAsync(cancellationToken);
        if (recommendation is null)
        {
            return Content(string.Empty);
        }

        // The person's name never leaves the database when they asked to show only their organisation.
        var assessments = await db.Assessments.AsNoTracking()
            .Where(a => a.RecommendationId == recommendationId && a.Status == ModerationStatus.Approved)
            .OrderByDescending(a => a.CreatedAt)
            .Select(a => new PublicAssessment(
                a.Id,
                a.OrganisationOnly ? a.Organisation ?? string.Empty : a.DisplayName,
                a.OrganisationOnly ? null : a.Organisation,
                a.AssessedStatus,
                a.Text,
                a.EvidenceUrl,
                a.CreatedAt))
            .ToListAsync(cancellationToken);
        var comments = await db.Comments.AsNoTracking()
            .Where(c => c.RecommendationId == recommendationId && c.Status == ModerationStatus.Approved)
            .OrderBy(c => c.CreatedAt)
            .Select(c => new PublicComment(
                c.Id,
                c.OrganisationOnly ? c.Organisation ?? string.Empty : c.DisplayName,
                c.OrganisationOnly ? null : c.Organisation,
                c.Text,
                c.CreatedAt,
                c.EntryId))
            .ToListAsync(cancellationToken);
        return View(new DiscussionModel(recommendationId, recommendation.Status, assessments, comments, await EntriesAsync(comments, cancellationToken)));
    }

    /// <summary>The follow-up entries the comments are about, named by institution and publication date.</summary>
    private async Task<IReadOnlyDictionary<long, EntryLabel>> EntriesAsync(IReadOnlyList<PublicComment> comments, CancellationToken cancellationToken)
    {
        var ids = comments.Where(c => c.EntryId is not null).Select(c => c.EntryId!.Value).Distinct().ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<long, EntryLabel>();
        }

        var entries = await db.FollowUpEntries.AsNoTracking().Include(e => e.Institution)
            .Where(e => ids.Contains(e.Id) && e.Status == EntryStatus.Published)
            .ToListAsync(cancellationToken);
        return entries.ToDictionary(e => e.Id, e => new EntryLabel(e.Institution!.NameIn(Names.Language), e.PublishedAt));
    }
}

public sealed record DiscussionModel(
    long RecommendationId,
    ImplementationStatus? StateStatus,
    IReadOnlyList<PublicAssessment> Assessments,
    IReadOnlyList<PublicComment> Comments,
    IReadOnlyDictionary<long, EntryLabel> Entries);

/// <summary>An approved assessment as the public sees it: Author is the organisation alone when the author asked for it.</summary>
public sealed record PublicAssessment(long Id, string Author, string? Organisation, ImplementationStatus AssessedStatus, string Text, string? EvidenceUrl, DateTimeOffset CreatedAt);

public sealed record PublicComment(long Id, string Author, string? Organisation, string Text, DateTimeOffset CreatedAt, long? EntryId);

public sealed record EntryLabel(string Institution, DateTimeOffset? PublishedAt);
