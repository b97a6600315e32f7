using Microsoft.EntityFrameworkCore;
using Simore.Core.Data;
using Simore.Core.FollowUp;
using Simore.Core.Portal;
using Simore.Web.Features.Shared;

namespace Simore.Web.Features.CivilSociety.Moderation;

/// <summary>A comment or an assessment as the moderator sees it: everything, including the name the public may not see.</summary>
public sealed record QueueItem(
    ContributionKind Kind,
    long Id,
    uint Version,
    long RecommendationId,
    string Reference,
    ImplementationStatus? StateStatus,
    string Text,
    string AuthorName,
    string? AuthorEmail,
    string? Organisation,
    bool OrganisationOnly,
    ImplementationStatus? AssessedStatus,
    string? EvidenceUrl,
    long? EntryId,
    ModerationStatus Status,
    string? Reason,
    string? ModeratedBy,
    DateTimeOffset? ModeratedAt,
    DateTimeOffset CreatedAt)
{
    /// <summary>The segment of the moderation URLs: comments or assessments.</summary>
    public string Segment => ModerationRoutes.Segment(Kind);
}

public sealed record QueuePage(ModerationStatus Shown, IReadOnlyList<QueueItem> Items, IReadOnlyDictionary<long, EntryLabel> Entries, ModerationCounts Counts);

public sealed record ModerationCounts(int Pending, int OpenReports);

public sealed class ModerationQueueQuery(SimoreDbContext db)
{
    private const int Limit = 200;

    /// <summary>Pending items oldest first (first come, first read); decided ones most recent first.</summary>
    public async Task<QueuePage> LoadAsync(ModerationStatus shown, CancellationToken cancellationToken)
    {
        var pending = shown == ModerationStatus.Pending;
        var comments = db.Comments.Where(c => c.Status == shown);
        var assessments = db.Assessments.Where(a => a.Status == shown);
        comments = (pending ? comments.OrderBy(c => c.CreatedAt) : comments.OrderByDescending(c => c.ModeratedAt)).Take(Limit);
        assessments = (pending ? assessments.OrderBy(a => a.CreatedAt) : assessments.OrderByDescending(a => a.ModeratedAt)).Take(Limit);
        var items = (await Comments(comments).ToListAsync(cancellationToken)).Concat(await Assessments(assessments).ToListAsync(cancellationToken));
        var ordered = (pending
            ? items.OrderBy(i => i.CreatedAt)
            : items.OrderByDescending(i => i.ModeratedAt ?? i.CreatedAt)).Take(Limit).ToList();
        return new QueuePage(shown, ordered, await EntriesAsync(ordered, cancellationToken), await CountsAsync(cancellationToken));
    }

    public async Task<QueueItem?> FindAsync(ContributionKind kind, long id, CancellationToken cancellationToken) =>
        kind == ContributionKind.Comment
            ? await Comments(db.Comments.Where(c => c.Id == id)).FirstOrDefaultAsync(cancellationToken)
            : await Assessments(db.Assessments.Where(a => a.Id == id)).FirstOrDefaultAsync(cancellationToken);

    public async Task<ModerationCounts> CountsAsync(CancellationToken cancellationToken) => new(
        await db.Comments.CountAsync(c => c.Status == ModerationStatus.Pending, cancellationToken)
            + await db.Assessments.CountAsync(a => a.Status == ModerationStatus.Pending, cancellationToken),
        await db.AbuseReports.CountAsync(r => r.ResolvedAt == null, cancellationToken));

    public async Task<IReadOnlyDictionary<long, EntryLabel>> EntriesAsync(IEnumerable<QueueItem> items, CancellationToken cancellationToken)
    {
        var ids = items.Where(i => i.EntryId is not null).Select(i => i.EntryId!.Value).Distinct().ToList();
        var entries = ids.Count == 0
            ? []
            : await db.FollowUpEntries.AsNoTracking().Include(e => e.Institution).Where(e => ids.Contains(e.Id)).ToListAsync(cancellationToken);
        return entries.ToDictionary(e => e.Id, e => new EntryLabel(e.Institution!.NameIn(Names.Language), e.PublishedAt));
    }

    private IQueryable<QueueItem> Comments(IQueryable<Comment> comments) =>
        from c in comments.AsNoTracking()
        join r in db.Recommendations on c.RecommendationId equals r.Id
        join u in db.Users on c.AuthorId equals u.Id
        select new QueueItem(
            ContributionKind.Comment, c.Id, c.Version, c.RecommendationId, r.Document!.Symbol + " " + r.Paragraph, r.Status,
            c.Text, c.DisplayName, u.Email, c.Organisation, c.OrganisationOnly, null, null, c.EntryId,
            c.Status, c.ModerationReason, c.ModeratedBy, c.ModeratedAt, c.CreatedAt);

    private IQueryable<QueueItem> Assessments(IQueryable<Assessment> assessments) =>
        from a in assessments.AsNoTracking()
        join r in db.Recommendations on a.RecommendationId equals r.Id
        join u in db.Users on a.AuthorId equals u.Id
        select new QueueItem(
            ContributionKind.Assessment, a.Id, a.Version, a.RecommendationId, r.Document!.Symbol + " " + r.Paragraph, r.Status,
            a.Text, a.DisplayName, u.Email, a.Organisation, a.OrganisationOnly, a.AssessedStatus, a.EvidenceUrl, null,
            a.Status, a.ModerationReason, a.ModeratedBy, a.ModeratedAt, a.CreatedAt);
}

public static class ModerationRoutes
{
    public static string Segment(ContributionKind kind) => kind == ContributionKind.Comment ? "comments" : "assessments";

    public static ContributionKind? Kind(string segment) => segment switch
    {
        "comments" => ContributionKind.Comment,
        "assessments" => ContributionKind.Assessment,
        _ => null,
    };
}
