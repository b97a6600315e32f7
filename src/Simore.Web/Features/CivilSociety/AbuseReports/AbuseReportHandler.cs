using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Simore.Core.Data;
using Simore.Core.Portal;

namespace Simore.Web.Features.CivilSociety.AbuseReports;

/// <summary>Anyone may report a published comment or assessment; only published ones can be reported.</summary>
public sealed class AbuseReportHandler(SimoreDbContext db, TimeProvider clock)
{
    public async Task<ReportedItem?> FindAsync(long? comment, long? assessment, CancellationToken cancellationToken)
    {
        if (comment is { } commentId && assessment is null)
        {
            return await db.Comments.AsNoTracking()
                .Where(c => c.Id == commentId && c.Status == ModerationStatus.Approved)
                .Select(c => new ReportedItem(ContributionKind.Comment, c.Id, c.RecommendationId, c.OrganisationOnly ? c.Organisation ?? string.Empty : c.DisplayName, c.Text))
                .FirstOrDefaultAsync(cancellationToken);
        }

        if (assessment is { } assessmentId && comment is null)
        {
            return await db.Assessments.AsNoTracking()
                .Where(a => a.Id == assessmentId && a.Status == ModerationStatus.Approved)
                .Select(a => new ReportedItem(ContributionKind.Assessment, a.Id, a.RecommendationId, a.OrganisationOnly ? a.Organisation ?? string.Empty : a.DisplayName, a.Text))
                .FirstOrDefaultAsync(cancellationToken);
        }

        return null;
    }

    public async Task ReportAsync(ReportedItem item, string reason, ClaimsPrincipal reporter, CancellationToken cancellationToken)
    {
        db.AbuseReports.Add(new AbuseReport
        {
            CommentId = item.Kind == ContributionKind.Comment ? item.Id : null,
            AssessmentId = item.Kind == ContributionKind.Assessment ? item.Id : null,
            Reason = reason.Trim(),
            ReporterId = Guid.TryParse(reporter.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null,
            CreatedAt = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
