using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Simore.Core.Data;
using Simore.Core.FollowUp;
using Simore.Core.Identity;
using Simore.Core.Localization;
using Simore.Web.Features.Work;
using Simore.Web.Infrastructure;

namespace Simore.Web.Features.Validation;

/// <summary>The institution's validator approves its focal points' entries or returns them with a comment.</summary>
[Route("{tenant}/validation")]
[Authorize(Roles = Roles.Validator)]
public sealed class ValidationController(SimoreDbContext db, EntryDetailsQuery details, EntryWorkflow workflow, IStringLocalizer<SharedResource> l) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var institutions = User.ValidatorInstitutions();
        var entries = await db.FollowUpEntries.AsNoTracking().Include(e => e.Institution)
            .Where(e => institutions.Contains(e.InstitutionId) && (e.Status == EntryStatus.Submitted || e.Status == EntryStatus.Validated || e.Status == EntryStatus.Returned))
            .OrderBy(e => e.Status).ThenByDescending(e => e.UpdatedAt)
            .Take(200)
            .ToListAsync(cancellationToken);
        return View(entries);
    }

    [HttpGet("entries/{id:long}")]
    public async Task<IActionResult> Entry(long id, CancellationToken cancellationToken)
    {
        var loaded = await details.LoadAsync(id, cancellationToken);
        return loaded is null || !User.IsValidatorOf(loaded.Entry.InstitutionId) ? NotFound() : View(loaded);
    }

    [HttpPost("entries/{id:long}/validate")]
    public Task<IActionResult> Validate(long id, CancellationToken cancellationToken) =>
        MoveAsync(id, EntryStatus.Validated, null, l["The entry was validated and sent to the administrator."], cancellationToken);

    [HttpPost("entries/{id:long}/return")]
    public Task<IActionResult> Return(long id, string? comment, CancellationToken cancellationToken) =>
        MoveAsync(id, EntryStatus.Returned, comment, l["The entry was returned to the focal point."], cancellationToken);

    private async Task<IActionResult> MoveAsync(long id, EntryStatus to, string? comment, string message, CancellationToken cancellationToken)
    {
        var entry = await db.FollowUpEntries.Include(e => e.Recommendations).FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (entry is null || !User.IsValidatorOf(entry.InstitutionId))
        {
            return NotFound();
        }

        // Checked after the entry is found, so that another tenant's or institution's id is simply not found.
        if (to == EntryStatus.Returned && string.IsNullOrWhiteSpace(comment))
        {
            return Error(id, l["Say what needs to change: the comment is required."]);
        }

        if (entry.Status != EntryStatus.Submitted || !await workflow.MoveAsync(entry, to, comment, cancellationToken: cancellationToken))
        {
            return Error(id, l["The entry is no longer waiting for validation."]);
        }

        TempData["Message"] = message;
        return RedirectToAction(nameof(Index), new { tenant = this.Tenant() });
    }

    private RedirectToActionResult Error(long id, string message)
    {
        TempData["Error"] = message;
        return RedirectToAction(nameof(Entry), new { tenant = this.Tenant(), id });
    }
}
