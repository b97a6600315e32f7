using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Simore.Core.Localization;
using Simore.Core.Portal;
using Simore.Web.Infrastructure;

namespace Simore.Web.Features.CivilSociety.Moderation;

/// <summary>What a moderator posts: the version of the item they read, and the reason the author will receive.</summary>
public sealed record ModerationForm
{
    public uint Version { get; init; }

    public string? Reason { get; init; }
}

/// <summary>
/// The administrator reads every comment and assessment before the public does, approves or
/// rejects it, takes down published ones, and answers abuse reports.
/// </summary>
[Route("{tenant}/moderation")]
[Authorize(Policy = Policies.Administrator)]
public sealed class ModerationController(
    ModerationQueueQuery queue,
    ReportsQuery reports,
    ModerationHandler moderation,
    ReportResolutionHandler resolution,
    IStringLocalizer<SharedResource> l) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(ModerationStatus? show, CancellationToken cancellationToken) =>
        View(await queue.LoadAsync(show is { } status && Enum.IsDefined(status) ? status : ModerationStatus.Pending, cancellationToken));

    [HttpPost("{kind}/{id:long}/approve")]
    public Task<IActionResult> Approve(string kind, long id, ModerationForm form, CancellationToken cancellationToken) =>
        DecideAsync(kind, id, ModerationAction.Approve, form, ModerationStatus.Pending, cancellationToken);

    [HttpPost("{kind}/{id:long}/reject")]
    public Task<IActionResult> Reject(string kind, long id, ModerationForm form, CancellationToken cancellationToken) =>
        DecideAsync(kind, id, ModerationAction.Reject, form, ModerationStatus.Pending, cancellationToken);

    [HttpPost("{kind}/{id:long}/hide")]
    public Task<IActionResult> Hide(string kind, long id, ModerationForm form, CancellationToken cancellationToken) =>
        DecideAsync(kind, id, ModerationAction.Hide, form, ModerationStatus.Approved, cancellationToken);

    [HttpGet("reports")]
    public async Task<IActionResult> Reports(CancellationToken cancellationToken) => View(await reports.LoadAsync(cancellationToken));

    [HttpPost("reports/{id:long}/hide")]
    public async Task<IActionResult> HideReported(long id, ModerationForm form, CancellationToken cancellationToken)
    {
        var outcome = await resolution.HideAsync(id, form.Version, form.Reason, cancellationToken);
        if (outcome == ModerationOutcome.NotFound)
        {
            return NotFound();
        }

        Tell(outcome, ModerationAction.Hide);
        return RedirectToAction(nameof(Reports), new { tenant = this.Tenant() });
    }

    [HttpPost("reports/{id:long}/dismiss")]
    public async Task<IActionResult> Dismiss(long id, CancellationToken cancellationToken)
    {
        if (!await resolution.DismissAsync(id, cancellationToken))
        {
            return NotFound();
        }

        TempData["Message"] = l["The report is dismissed; the item stays published."].Value;
        return RedirectToAction(nameof(Reports), new { tenant = this.Tenant() });
    }

    private async Task<IActionResult> DecideAsync(string segment, long id, ModerationAction action, ModerationForm form, ModerationStatus from, CancellationToken cancellationToken)
    {
        if (ModerationRoutes.Kind(segment) is not { } kind)
        {
            return NotFound();
        }

        var outcome = await moderation.DecideAsync(kind, id, action, form.Version, form.Reason, cancellationToken);
        if (outcome == ModerationOutcome.NotFound)
        {
            return NotFound();
        }

        Tell(outcome, action);
        // Back to the list the moderator acted from; after a refusal, to the item itself.
        var show = from == ModerationStatus.Pending ? null : (ModerationStatus?)from;
        return RedirectToAction(nameof(Index), null, new { tenant = this.Tenant(), show }, outcome == ModerationOutcome.Done ? null : $"{segment}-{id}");
    }

    private void Tell(ModerationOutcome outcome, ModerationAction action)
    {
        if (outcome == ModerationOutcome.Done)
        {
            TempData["Message"] = action switch
            {
                ModerationAction.Approve => l["Published. The author has been told."].Value,
                ModerationAction.Reject => l["Not published. The author has been told why."].Value,
                _ => l["Taken down. The author has been told why."].Value,
            };
            return;
        }

        TempData["Error"] = outcome switch
        {
            ModerationOutcome.ReasonRequired => l["Give the reason: the author receives it."].Value,
            ModerationOutcome.Stale => l["Someone else has moderated this item since you opened the page. Look at its current state before acting again."].Value,
            _ => l["This cannot be done in the item's current state."].Value,
        };
    }
}
