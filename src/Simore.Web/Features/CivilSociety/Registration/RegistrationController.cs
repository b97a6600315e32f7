using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Simore.Core.Identity;
using Simore.Core.Tenancy;
using Simore.Web.Features.Shared;
using Simore.Web.Infrastructure;

namespace Simore.Web.Features.CivilSociety.Registration;

/// <summary>
/// Organisations and people register to comment on the State's public follow-up: a new account
/// confirms its e-mail address first; someone who already has an account signs in and joins.
/// </summary>
[Route("{tenant}/register")]
public sealed class RegistrationController(RegistrationHandler handler, UserManager<User> users, ITenantContext tenantContext) : Controller
{
    private string StateName => tenantContext.Tenant!.Name;

    [HttpGet("")]
    public async Task<IActionResult> Register()
    {
        if (User.Identity?.IsAuthenticated == true && await users.GetUserAsync(User) is { } user)
        {
            return View("Join", new JoinModel(StateName, user.DisplayName, User.IsInRole(Roles.CivilSociety), new JoinForm { Organisation = user.Organisation }));
        }

        return View(new RegisterModel(StateName, users.Options.Password.RequiredLength, new RegisterForm()));
    }

    [HttpPost("")]
    [EnableRateLimiting(CivilSocietyRateLimits.Registration)]
    public async Task<IActionResult> Register(RegisterForm form, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var errors = await handler.RegisterAsync(form, Names.Language, cancellationToken);
            if (errors.Count == 0)
            {
                return RedirectToAction(nameof(Sent), new { tenant = this.Tenant() });
            }

            foreach (var error in errors)
            {
                ModelState.AddModelError(nameof(form.Password), error);
            }
        }

        return View(new RegisterModel(StateName, users.Options.Password.RequiredLength, form with { Password = string.Empty, ConfirmPassword = string.Empty }));
    }

    [HttpGet("sent")]
    public IActionResult Sent() => View(model: StateName);

    [HttpGet("confirm")]
    public async Task<IActionResult> Confirm(Guid user, string? code, CancellationToken cancellationToken) =>
        await handler.ConfirmAsync(user, code, cancellationToken)
            ? View("Confirmed", StateName)
            : View("ConfirmFailed");

    [Authorize]
    [HttpPost("join")]
    public async Task<IActionResult> Join(JoinForm form, CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (!ModelState.IsValid)
        {
            return View("Join", new JoinModel(StateName, user.DisplayName, User.IsInRole(Roles.CivilSociety), form));
        }

        await handler.JoinAsync(user, form, cancellationToken);
        return RedirectToAction("Mine", "Contributions", new { tenant = this.Tenant(), joined = true });
    }
}
