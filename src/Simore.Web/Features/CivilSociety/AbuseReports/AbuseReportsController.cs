using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Simore.Web.Infrastructure;

namespace Simore.Web.Features.CivilSociety.AbuseReports;

/// <summary>A visitor, signed in or not, reports a published comment or assessment to the administrator.</summary>
[Route("{tenant}/report-abuse")]
public sealed class AbuseReportsController(AbuseReportHandler handler) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Report(long? comment, long? assessment, CancellationToken cancellationToken) =>
        await handler.FindAsync(comment, assessment, cancellationToken) is { } item
            ? View(new AbuseReportPage(item, new AbuseReportForm { Comment = comment, Assessment = assessment }))
            : NotFound();

    [HttpPost("")]
    [EnableRateLimiting(CivilSocietyRateLimits.AbuseReport)]
    public async Task<IActionResult> Report(AbuseReportForm form, CancellationToken cancellationToken)
    {
        if (await handler.FindAsync(form.Comment, form.Assessment, cancellationToken) is not { } item)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return View(new AbuseReportPage(item, form));
        }

        await handler.ReportAsync(item, form.Reason, User, cancellationToken);
        return RedirectToAction(nameof(Thanks), new { tenant = this.Tenant(), recommendation = item.RecommendationId });
    }

    [HttpGet("thanks")]
    public IActionResult Thanks(long? recommendation) => View(recommendation);
}
