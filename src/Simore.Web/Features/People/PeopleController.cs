using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Simore.Core.Data;
using Simore.Core.Localization;
using Simore.Web.Features.Institutions;
using Simore.Web.Infrastructure;

namespace Simore.Web.Features.People;

/// <summary>The people who work in Simore for the State: invitations, roles, deactivation.</summary>
[Route("{tenant}/admin/people")]
[Authorize(Policy = Policies.Administrator)]
public sealed class PeopleController(SimoreDbContext db, IStringLocalizer<SharedResource> l) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] PeopleFilter filter, [FromServices] PeopleListQuery query, CancellationToken cancellationToken) =>
        View(await query.LoadAsync(filter, cancellationToken));

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Details(Guid id, [FromServices] PersonQuery query, CancellationToken cancellationToken) =>
        await query.LoadAsync(id, cancellationToken) is { } model ? View(model) : NotFound();

    [HttpGet("invite")]
    public async Task<IActionResult> Invite(string? email, string? name, string? role, long? institution, CancellationToken cancellationToken) =>
        View(await InviteModelAsync(new InviteForm
        {
            Email = email ?? string.Empty,
            DisplayName = name ?? string.Empty,
            Role = role ?? string.Empty,
            InstitutionId = institution,
        }, cancellationToken));

    [HttpPost("invite")]
    public async Task<IActionResult> Invite(InviteForm form, [FromServices] InviteHandler handler, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var result = await handler.HandleAsync(form, cancellationToken);
            switch (result.Outcome)
            {
                case InviteOutcome.Invited:
                    TempData["Message"] = l["{0} was invited: the invitation to choose a password is in the outbox.", form.DisplayName.Trim()].Value;
                    return RedirectToAction(nameof(Details), new { tenant = this.Tenant(), id = result.UserId });
                case InviteOutcome.RoleGiven:
                    TempData["Message"] = l["This person already has an account: the role was given and a message sent."].Value;
                    return RedirectToAction(nameof(Details), new { tenant = this.Tenant(), id = result.UserId });
                case InviteOutcome.AlreadyHasRole:
                    ModelState.AddModelError(nameof(form.Role), l["This person already has this role; no new message was sent."]);
                    break;
                case InviteOutcome.AccountDeactivated:
                    ModelState.AddModelError(nameof(form.Email), l["This account is deactivated. Reactivate it before giving it a role."]);
                    break;
                case InviteOutcome.UnknownInstitution:
                    ModelState.AddModelError(nameof(form.InstitutionId), l["Choose an active institution."]);
                    break;
                case InviteOutcome.MainTaken:
                    ModelState.AddModelError(nameof(form.IsMain), l["The institution already has a main focal point. Invite this person as an alternate, or hand the role over."]);
                    break;
                default:
                    foreach (var error in result.Errors)
                    {
                        ModelState.AddModelError(string.Empty, error);
                    }

                    break;
            }
        }

        return View(await InviteModelAsync(form, cancellationToken));
    }

    [HttpPost("{id:guid}/deactivate")]
    public async Task<IActionResult> Deactivate(Guid id, [FromServices] AccountStatusHandler handler, CancellationToken cancellationToken)
    {
        switch (await handler.DeactivateAsync(id, cancellationToken))
        {
            case AccountChange.NotFound:
                return NotFound();
            case AccountChange.Done:
                TempData["Message"] = l["The person's roles in this State ended. Their name stays in the history."].Value;
                break;
            case AccountChange.Self:
                TempData["Error"] = l["You cannot deactivate your own account."].Value;
                break;
            case AccountChange.LastAdministrator:
                TempData["Error"] = l["This is the last active administrator of the State. Give the role to someone else first."].Value;
                break;
            default:
                TempData["Error"] = l["Someone else changed this account at the same time. Please try again."].Value;
                break;
        }

        return RedirectToAction(nameof(Details), new { tenant = this.Tenant(), id });
    }

    [HttpPost("{id:guid}/resend")]
    public async Task<IActionResult> Resend(Guid id, [FromServices] ResendInvitationHandler handler, CancellationToken cancellationToken)
    {
        switch (await handler.HandleAsync(id, cancellationToken))
        {
            case ResendOutcome.NotFound:
                return NotFound();
            case ResendOutcome.Sent:
                TempData["Message"] = l["A new invitation is in the outbox."].Value;
                break;
            case ResendOutcome.AlreadySentToday:
                TempData["Error"] = l["An invitation was already sent today."].Value;
                break;
            default:
                TempData["Error"] = l["This person needs no invitation: the account is active with a password, deactivated, or has no role here."].Value;
                break;
        }

        return RedirectToAction(nameof(Details), new { tenant = this.Tenant(), id });
    }

    private async Task<InviteModel> InviteModelAsync(InviteForm form, CancellationToken cancellationToken) =>
        new(form, (await InstitutionOption.ListAsync(db, cancellationToken)).Where(i => i.IsActive || i.Id == form.InstitutionId).ToList());
}

public sealed record InviteModel(InviteForm Form, IReadOnlyList<InstitutionOption> Institutions);
