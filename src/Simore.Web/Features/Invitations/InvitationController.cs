using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Simore.Core.Data;
using Simore.Core.Identity;
using Simore.Core.Network;
using Simore.Web.Infrastructure;

namespace Simore.Web.Features.Invitations;

/// <summary>
/// The page an invitation links to: the person chooses a password, which also confirms their
/// e-mail address. The token carries the security stamp, which setting the password changes, so a
/// link works once.
/// </summary>
[Route("{tenant}/invitation")]
[AllowAnonymous]
public sealed class InvitationController(UserManager<User> users, SimoreDbContext db) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Accept(Guid user, string? token, CancellationToken cancellationToken)
    {
        var person = await InvitedAsync(user, token, cancellationToken);
        return person is null
            ? View("Invalid")
            : View(Model(person, new AcceptInvitationForm { User = user, Token = token! }));
    }

    [HttpPost("")]
    public async Task<IActionResult> Accept(AcceptInvitationForm form, CancellationToken cancellationToken)
    {
        var person = await InvitedAsync(form.User, form.Token, cancellationToken);
        if (person is null)
        {
            return View("Invalid");
        }

        if (ModelState.IsValid)
        {
            person.EmailConfirmed = true;
            var result = await users.AddPasswordAsync(person, form.Password);
            if (result.Succeeded)
            {
                return RedirectToAction(nameof(Done), new { tenant = this.Tenant() });
            }

            person.EmailConfirmed = false;
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(nameof(form.Password), error.Description);
            }
        }

        return View(Model(person, form with { Password = string.Empty, ConfirmPassword = string.Empty }));
    }

    [HttpGet("done")]
    public IActionResult Done() => View();

    /// <summary>The invited person, or null when the link is not valid, already used or expired, or the role was withdrawn.</summary>
    private async Task<User?> InvitedAsync(Guid userId, string? token, CancellationToken cancellationToken)
    {
        if (userId == Guid.Empty || string.IsNullOrEmpty(token)
            || !await db.Memberships.AnyAsync(m => m.UserId == userId && m.EndedAt == null, cancellationToken))
        {
            return null;
        }

        var person = await users.FindByIdAsync(userId.ToString());
        return person is { IsActive: true, PasswordHash: null }
            && await users.VerifyUserTokenAsync(person, InvitationTokenProvider.ProviderName, InvitationTokenProvider.Purpose, token)
            ? person
            : null;
    }

    private AcceptInvitationModel Model(User person, AcceptInvitationForm form) =>
        new(person.DisplayName, person.Email ?? string.Empty, users.Options.Password.RequiredLength, form);
}
