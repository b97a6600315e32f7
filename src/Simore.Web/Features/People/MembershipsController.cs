using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Simore.Core.Data;
using Simore.Core.Localization;
using Simore.Web.Features.Shared;
using Simore.Web.Infrastructure;

namespace Simore.Web.Features.People;

/// <summary>One role of one person: end it, make the focal point main or alternate, hand it over.</summary>
[Route("{tenant}/admin/people/roles/{id:long}")]
[Authorize(Policy = Policies.Administrator)]
public sealed class MembershipsController(SimoreDbContext db, IStringLocalizer<SharedResource> l) : Controller
{
    [HttpPost("end")]
    public async Task<IActionResult> End(long id, [FromServices] MembershipChangeHandler handler, CancellationToken cancellationToken)
    {
        var userId = await UserOfAsync(id, cancellationToken);
        if (userId is null)
        {
            return NotFound();
        }

        switch (await handler.EndAsync(id, cancellationToken))
        {
            case MembershipChange.NotFound:
                return NotFound();
            case MembershipChange.Done:
                TempData["Message"] = l["The role was removed. The person's other roles are unchanged."].Value;
                break;
            case MembershipChange.LastAdministrator:
                TempData["Error"] = l["This is the last active administrator of the State. Give the role to someone else first."].Value;
                break;
            case MembershipChange.OwnAdministratorRole:
                TempData["Error"] = l["You cannot remove your own administrator role."].Value;
                break;
            default:
                TempData["Error"] = l["This role has already ended."].Value;
                break;
        }

        return RedirectToAction(nameof(PeopleController.Details), "People", new { tenant = this.Tenant(), id = userId });
    }

    [HttpPost("main")]
    public async Task<IActionResult> Main(long id, bool main, [FromServices] MembershipChangeHandler handler, CancellationToken cancellationToken)
    {
        var userId = await UserOfAsync(id, cancellationToken);
        var outcome = userId is null ? MembershipChange.NotFound : await handler.SetMainAsync(id, main, cancellationToken);
        if (outcome == MembershipChange.NotFound)
        {
            return NotFound();
        }

        TempData[outcome == MembershipChange.Done ? "Message" : "Error"] = outcome == MembershipChange.Done
            ? (main ? l["This person is now the main focal point of the institution."] : l["This person is now an alternate focal point."]).Value
            : l["This role has already ended."].Value;
        return RedirectToAction(nameof(PeopleController.Details), "People", new { tenant = this.Tenant(), id = userId });
    }

    [HttpGet("hand-over")]
    public async Task<IActionResult> HandOver(long id, CancellationToken cancellationToken) =>
        await ModelAsync(id, new HandOverForm(), cancellationToken) is { } model ? View(model) : NotFound();

    [HttpPost("hand-over")]
    public async Task<IActionResult> HandOver(long id, HandOverForm form, [FromServices] HandOverHandler handler, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var result = await handler.HandleAsync(id, form, cancellationToken);
            switch (result.Outcome)
            {
                case HandOverOutcome.NotFound:
                    return NotFound();
                case HandOverOutcome.Done:
                    TempData["Message"] = l["The role was handed over. The follow-up of the institution stays with it."].Value;
                    return RedirectToAction(nameof(PeopleController.Details), "People", new { tenant = this.Tenant(), id = result.SuccessorId });
                case HandOverOutcome.UnknownSuccessor:
                    ModelState.AddModelError(nameof(form.SuccessorId), l["Choose the successor from the list."]);
                    break;
                case HandOverOutcome.SameSuccessor:
                    ModelState.AddModelError(nameof(form.SuccessorId), l["The successor must be someone else."]);
                    break;
                case HandOverOutcome.SuccessorDeactivated:
                    ModelState.AddModelError(nameof(form.Email), l["This account is deactivated. Reactivate it before giving it a role."]);
                    break;
                default:
                    result.Errors.ToList().ForEach(e => ModelState.AddModelError(string.Empty, e));
                    break;
            }
        }

        return await ModelAsync(id, form, cancellationToken) is { } model ? View(model) : NotFound();
    }

    private Task<Guid?> UserOfAsync(long membershipId, CancellationToken cancellationToken) =>
        db.Memberships.Where(m => m.Id == membershipId).Select(m => (Guid?)m.UserId).FirstOrDefaultAsync(cancellationToken);

    private async Task<HandOverModel?> ModelAsync(long id, HandOverForm form, CancellationToken cancellationToken)
    {
        var membership = await db.Memberships.AsNoTracking().Include(m => m.User).Include(m => m.Institution)
            .FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (membership is null || !HandOverHandler.CanHandOver(membership))
        {
            return null;
        }

        var people = (await PersonOption.ListAsync(db, cancellationToken)).Where(p => p.Id != membership.UserId).ToList();
        return new HandOverModel(id, membership.UserId, membership.User!.DisplayName, membership.Role, membership.Institution!.NameIn(Names.Language), membership.IsMain, form, people);
    }
}

public sealed record HandOverModel(long MembershipId, Guid HolderId, string Holder, string Role, string Institution, bool IsMain, HandOverForm Form, IReadOnlyList<PersonOption> People);
