using Microsoft.EntityFrameworkCore;
using Simore.Core.Auditing;
using Simore.Core.Data;
using Simore.Core.Portal;

namespace Simore.Web.Features.CivilSociety.Moderation;

/// <summary>
/// The administrator answers an abuse report: takes the item down (which answers every open report
/// on it, and tells the author why) or dismisses the report. Either way, who and when is recorded.
/// </summary>
public sealed class ReportResolutionHandler(SimoreDbContext db, ModerationHandler moderation, ICurrentUser currentUser, TimeProvider clock)
{
    public async Task<ModerationOutcome> HideAsync(long reportId, uint version, string? reason, CancellationToken cancellationToken)
    {
        var report = await db.AbuseReports.FirstOrDefaultAsync(r => r.Id == reportId && r.ResolvedAt == null, cancellationToken);
        if (report is null)
        {
            return ModerationOutcome.NotFound;
        }

        var (kind, id) = report.CommentId is { } comment ? (ContributionKind.Comment, comment) : (ContributionKind.Assessment, report.AssessmentId!.Value);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Already taken down (from the queue, or through another report): only the reports remain to answer.
        if (!await IsHiddenAsync(kind, id, cancellationToken))
        {
            var outcome = await moderation.DecideAsync(kind, id, ModerationAction.Hide, version, reason, cancellationToken);
            if (outcome != ModerationOutcome.Done)
            {
                return outcome;
            }
        }

        var open = await db.AbuseReports
            .Where(r => r.ResolvedAt == null && (kind == ContributionKind.Comment ? r.CommentId == id : r.AssessmentId == id))
            .ToListAsync(cancellationToken);
        Resolve(open);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ModerationOutcome.Done;
    }

    /// <returns>False when the report is not open (already answered, or another State's).</returns>
    public async Task<bool> DismissAsync(long reportId, CancellationToken cancellationToken)
    {
        var report = await db.AbuseReports.FirstOrDefaultAsync(r => r.Id == reportId && r.ResolvedAt == null, cancellationToken);
        if (report is null)
        {
            return false;
        }

        Resolve([report]);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private Task<bool> IsHiddenAsync(ContributionKind kind, long id, CancellationToken cancellationToken) =>
        kind == ContributionKind.Comment
            ? db.Comments.AnyAsync(c => c.Id == id && c.Status == ModerationStatus.Hidden, cancellationToken)
            : db.Assessments.AnyAsync(a => a.Id == id && a.Status == ModerationStatus.Hidden, cancellationToken);

    private void Resolve(IEnumerable<AbuseReport> reports)
    {
        var name = currentUser.Name.Length > 200 ? currentUser.Name[..200] : currentUser.Name;
        foreach (var report in reports)
        {
            report.ResolvedAt = clock.GetUtcNow();
            report.ResolvedBy = name;
        }
    }
}
