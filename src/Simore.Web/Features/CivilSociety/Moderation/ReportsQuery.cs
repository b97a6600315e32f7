using Microsoft.EntityFrameworkCore;
using Simore.Core.Data;
using Simore.Core.Portal;

namespace Simore.Web.Features.CivilSociety.Moderation;

/// <summary>An open abuse report with the item it is about.</summary>
public sealed record OpenReport(long Id, string Reason, bool SignedIn, DateTimeOffset CreatedAt, QueueItem Item);

public sealed record ReportsPage(IReadOnlyList<OpenReport> Reports, IReadOnlyDictionary<long, EntryLabel> Entries, ModerationCounts Counts);

public sealed class ReportsQuery(SimoreDbContext db, ModerationQueueQuery queue)
{
    public async Task<ReportsPage> LoadAsync(CancellationToken cancellationToken)
    {
        var reports = await db.AbuseReports.AsNoTracking()
            .Where(r => r.ResolvedAt == null)
            .OrderBy(r => r.CreatedAt)
            .Take(200)
            .ToListAsync(cancellationToken);
        var open = new List<OpenReport>();
        foreach (var report in reports)
        {
            if (await ItemAsync(report, cancellationToken) is { } item)
            {
                open.Add(new OpenReport(report.Id, report.Reason, report.ReporterId is not null, report.CreatedAt, item));
            }
        }

        return new ReportsPage(open, await queue.EntriesAsync(open.Select(r => r.Item), cancellationToken), await queue.CountsAsync(cancellationToken));
    }

    private Task<QueueItem?> ItemAsync(AbuseReport report, CancellationToken cancellationToken) =>
        report.CommentId is { } comment
            ? queue.FindAsync(ContributionKind.Comment, comment, cancellationToken)
            : queue.FindAsync(ContributionKind.Assessment, report.AssessmentId!.Value, cancellationToken);
}
