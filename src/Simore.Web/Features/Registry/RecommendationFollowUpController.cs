using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Simore.Core.Auditing;
using Simore.Core.Data;
using Simore.Core.FollowUp;
using Simore.Core.Localization;
using Simore.Core.Network;
using Simore.Web.Infrastructure;

namespace Simore.Web.Features.Registry;

/// <summary>Who is responsible for a recommendation, its status and its indicators.</summary>
[Route("{tenant}/admin/recommendations/{id:long}")]
[Authorize(Policy = Policies.Administrator)]
public sealed class RecommendationFollowUpController(SimoreDbContext db, IStringLocalizer<SharedResource> l) : Controller
{
    [HttpPost("assignments")]
    public async Task<IActionResult> Assign(long id, AssignForm form, [FromServices] AssignmentService assignments, CancellationToken cancellationToken)
    {
        if (!await db.Recommendations.AnyAsync(r => r.Id == id, cancellationToken))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Back(id, Errors());
        }

        return await assignments.AssignAsync([id], form.InstitutionId!.Value, form.Role, form.Deadline, form.Priority, cancellationToken) is null
            ? NotFound()
            : Back(id, null, l["The institution was assigned."]);
    }

    [HttpPost("assignments/{assignmentId:long}/delete")]
    public async Task<IActionResult> Unassign(long id, long assignmentId, [FromServices] AssignmentService assignments, CancellationToken cancellationToken) =>
        await db.Assignments.AnyAsync(a => a.Id == assignmentId && a.RecommendationId == id, cancellationToken) && await assignments.UnassignAsync(assignmentId, cancellationToken)
            ? Back(id)
            : NotFound();

    [HttpPost("status")]
    public async Task<IActionResult> OverrideStatus(long id, StatusOverrideForm form, [FromServices] StatusRule rule, CancellationToken cancellationToken)
    {
        var recommendation = await db.Recommendations.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (recommendation is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Back(id, Errors());
        }

        await rule.OverrideAsync(recommendation, form.Status, form.Reason, cancellationToken);
        return Back(id, null, l["The status was set by hand."]);
    }

    [HttpPost("status/clear")]
    public async Task<IActionResult> ClearOverride(long id, [FromServices] StatusRule rule, CancellationToken cancellationToken)
    {
        var recommendation = await db.Recommendations.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (recommendation is null)
        {
            return NotFound();
        }

        await rule.ClearOverrideAsync(recommendation, cancellationToken);
        return Back(id, null, l["The status follows the published follow-up again."]);
    }

    [HttpPost("indicators")]
    public async Task<IActionResult> AddIndicator(long id, IndicatorForm form, [FromServices] TimeProvider clock, CancellationToken cancellationToken)
    {
        var recommendation = await db.Recommendations.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (recommendation is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Back(id, Errors());
        }

        db.Indicators.Add(new Indicator
        {
            RecommendationId = form.ForCluster && recommendation.ClusterId is not null ? null : id,
            ClusterId = form.ForCluster ? recommendation.ClusterId : null,
            Title = form.Title.Trim(),
            Unit = Clean(form.Unit),
            Baseline = form.Baseline,
            BaselineYear = form.BaselineYear,
            Target = form.Target,
            TargetYear = form.TargetYear,
            Frequency = form.Frequency,
            Source = Clean(form.Source),
            SdgIndicator = Clean(form.SdgIndicator),
            CreatedAt = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
        return Back(id, null, l["The indicator was added."]);
    }

    [HttpPost("indicators/{indicatorId:long}/values")]
    public async Task<IActionResult> AddValue(long id, long indicatorId, IndicatorValueForm form, [FromServices] ICurrentUser user, [FromServices] TimeProvider clock, CancellationToken cancellationToken)
    {
        var clusterId = await db.Recommendations.Where(r => r.Id == id).Select(r => r.ClusterId).FirstOrDefaultAsync(cancellationToken);
        if (!await db.Indicators.AnyAsync(i => i.Id == indicatorId && (i.RecommendationId == id || (clusterId != null && i.ClusterId == clusterId)), cancellationToken))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Back(id, Errors());
        }

        db.IndicatorValues.Add(new IndicatorValue
        {
            IndicatorId = indicatorId,
            Value = form.Value!.Value,
            ObservedOn = form.ObservedOn!.Value,
            Note = Clean(form.Note),
            RecordedBy = user.Name,
            RecordedAt = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
        return Back(id);
    }

    [HttpGet("history")]
    public async Task<IActionResult> History(long id, [FromServices] RecommendationHistoryQuery query, CancellationToken cancellationToken) =>
        await query.LoadAsync(id, cancellationToken) is { } history ? View(history) : NotFound();

    private RedirectToActionResult Back(long id, string? error = null, string? message = null)
    {
        if (error is not null)
        {
            TempData["Error"] = error;
        }

        if (message is not null)
        {
            TempData["Message"] = message;
        }

        return RedirectToAction(nameof(RecommendationController.Details), "Recommendation", new { tenant = this.Tenant(), id });
    }

    private string Errors() => string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage).Distinct());

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
