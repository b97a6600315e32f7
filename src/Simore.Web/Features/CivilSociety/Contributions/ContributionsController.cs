using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Simore.Core.Identity;
using Simore.Core.Localization;
using Simore.Core.Tenancy;
using Simore.Web.Infrastructure;

namespace Simore.Web.Features.CivilSociety.Contributions;

/// <summary>
/// Registered civil society comments on a recommendation or on one of its published follow-up
/// entries, and submits independent assessments; both wait for moderation. Only accounts with the
/// civil-society role in this State and a confirmed e-mail address may write.
/// </summary>
[Authorize]
public sealed class ContributionsController(
    ContributionQuery query,
    ContributionHandler handler,
    MineQuery mine,
    UserManager<User> users,
    ITenantContext tenantContext,
    IStringLocalizer<SharedResource> l) : Controller
{
    [HttpGet("{tenant}/recommendations/{id:long}/comment")]
    public async Task<IActionResult> Comment(long id, long? entry, CancellationToken cancellationToken)
    {
        var (author, refusal) = await ParticipantAsync();
        if (author is null)
        {
            return refusal!;
        }

        var recommendation = await query.RecommendationAsync(id, cancellationToken);
        if (recommendation is null || (entry is { } entryId && !await query.IsPublishedEntryAsync(id, entryId, cancellationToken)))
        {
            return NotFound();
        }

        return View(new CommentPage(recommendation, await query.PublishedEntriesAsync(id, cancellationToken), new CommentForm { Entry = entry, Organisation = author.Organisation }));
    }

    [HttpPost("{tenant}/recommendations/{id:long}/comment")]
    [EnableRateLimiting(CivilSocietyRateLimits.Contribution)]
    public async Task<IActionResult> Comment(long id, CommentForm form, CancellationToken cancellationToken)
    {
        var (author, refusal) = await ParticipantAsync();
        if (author is null)
        {
            return refusal!;
        }

        var recommendation = await query.RecommendationAsync(id, cancellationToken);
        if (recommendation is null || (form.Entry is { } entryId && !await query.IsPublishedEntryAsync(id, entryId, cancellationToken)))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return View(new CommentPage(recommendation, await query.PublishedEntriesAsync(id, cancellationToken), form));
        }

        await handler.AddCommentAsync(author, id, form, cancellationToken);
        TempData["Message"] = l["Thank you. Your comment will be published once the administrator has read it; we will write to you."].Value;
        return RedirectToAction(nameof(Mine), new { tenant = this.Tenant() });
    }

    [HttpGet("{tenant}/recommendations/{id:long}/assessment")]
    public async Task<IActionResult> Assessment(long id, CancellationToken cancellationToken)
    {
        var (author, refusal) = await ParticipantAsync();
        if (author is null)
        {
            return refusal!;
        }

        return await query.RecommendationAsync(id, cancellationToken) is { } recommendation
            ? View(new AssessmentPage(recommendation, new AssessmentForm { Organisation = author.Organisation }))
            : NotFound();
    }

    [HttpPost("{tenant}/recommendations/{id:long}/assessment")]
    [EnableRateLimiting(CivilSocietyRateLimits.Contribution)]
    public async Task<IActionResult> Assessment(long id, AssessmentForm form, CancellationToken cancellationToken)
    {
        var (author, refusal) = await ParticipantAsync();
        if (author is null)
        {
            return refusal!;
        }

        if (await query.RecommendationAsync(id, cancellationToken) is not { } recommendation)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return View(new AssessmentPage(recommendation, form));
        }

        await handler.AddAssessmentAsync(author, id, form, cancellationToken);
        TempData["Message"] = l["Thank you. Your assessment will be published once the administrator has read it; we will write to you."].Value;
        return RedirectToAction(nameof(Mine), new { tenant = this.Tenant() });
    }

    [HttpGet("{tenant}/my-contributions")]
    public async Task<IActionResult> Mine(bool joined, CancellationToken cancellationToken)
    {
        var (author, refusal) = await ParticipantAsync();
        if (author is null)
        {
            return refusal!;
        }

        ViewData["Joined"] = joined;
        return View(await mine.ListAsync(author.Id, cancellationToken));
    }

    /// <summary>The signed-in account when it may write here; otherwise the page that says why not.</summary>
    private async Task<(User? Author, IActionResult? Refusal)> ParticipantAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return (null, Challenge());
        }

        if (!User.IsInRole(Roles.CivilSociety))
        {
            return (null, Refuse("NotParticipant"));
        }

        return user.EmailConfirmed ? (user, null) : (null, Refuse("NotConfirmed"));
    }

    private ViewResult Refuse(string view)
    {
        var result = View(view, tenantContext.Tenant!.Name);
        result.StatusCode = StatusCodes.Status403Forbidden;
        return result;
    }
}
