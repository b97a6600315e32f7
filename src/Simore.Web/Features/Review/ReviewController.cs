using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Simore.Core.Data;
using Simore.Core.FollowUp;
using Simore.Core.Localization;
using Simore.Web.Features.Work;
using Simore.Web.Infrastructure;

namespace Simore.Web.Features.Review;

/// <summary>
/// The administrator reviews validated entries, may reword them for consistency of format and style
/// (the focal point's text is kept), and publishes them or returns them with a comment.
/// </summary>
[Route("{tenant}/admin/review")]
[Authorize(Policy = Policies.Administrator)]
public sealed class ReviewController(SimoreDbContext db, EntryDetailsQuery details, EntryWorkflow workflow, IStringLocalizer<SharedResource> l) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(EntryStatus? status, CancellationToken cancellationToken)
    {
        var shown = status ?? EntryStatus.Validated;
        var entries = await db.FollowUpEntries.AsNoTracking().Include(e => e.Institution)
            .Where(e => e.Status == shown)
            .OrderByDescending(e => e.UpdatedAt)
            .Take(200)
            .ToListAsync(cancellationToken);
        return View(new ReviewList(shown, entries));
    }

    [HttpGet("entries/{id:long}")]
    public async Task<IActionResult> Entry(long id, CancellationToken cancellationToken) =>
        await details.LoadAsync(id, cancellationToken) is { } loaded ? View(loaded) : NotFound();

    [HttpPost("entries/{id:long}/publish")]
    public async Task<IActionResult> Publish(long id, string? wording, CancellationToken cancellationToken)
    {
        var entry = await db.FollowUpEntries.Include(e => e.Recommendations).FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (entry is null)
        {
            return NotFound();
        }

        if (!await workflow.MoveAsync(entry, EntryStatus.Published, null, wording, cancellationToken))
        {
            return Error(id, l["Only validated entries can be published."]);
        }

        TempData["Message"] = l["The entry was published."].Value;
        return RedirectToAction(nameof(Index), new { tenant = this.Tenant() });
    }

    [HttpPost("entries/{id:long}/return")]
    public async Task<IActionResult> Return(long id, string? comment, CancellationToken cancellationToken)
    {
        var entry = await db.FollowUpEntries.Include(e => e.Recommendations).FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (entry is null)
        {
            return NotFound();
        }

        if (string.IsNullOrWhiteSpace(comment))
        {
            return Error(id, l["Say what needs to change: the comment is required."]);
        }

        if (entry.Status is not (EntryStatus.Validated or EntryStatus.Submitted) || !await workflow.MoveAsync(entry, EntryStatus.Returned, comment, cancellationToken: cancellationToken))
        {
            return Error(id, l["This entry cannot be returned now."]);
        }

        TempData["Message"] = l["The entry was returned to the focal point."].Value;
        return RedirectToAction(nameof(Index), new { tenant = this.Tenant() });
    }

    private RedirectToActionResult Error(long id, string message)
    {
        TempData["Error"] = message;
        return RedirectToAction(nameof(Entry), new { tenant = this.Tenant(), id });
    }
}

public sealed record ReviewList(EntryStatus Status, IReadOnlyList<FollowUpEntry> Entries);
