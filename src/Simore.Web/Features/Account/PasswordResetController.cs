using Hangfire;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Simore.Core.Identity;

namespace Simore.Web.Features.Account;

/// <summary>
/// "Forgot your password?": a link by e-mail that works once, for two hours. The answer to the
/// request is the same whether the address has an account or not, so the form tells no one who uses Simore.
/// </summary>
[Route("account")]
public sealed class PasswordResetController(UserManager<User> users) : Controller
{
    [HttpGet("forgot-password")]
    public IActionResult Forgot() => View(new ForgotPasswordForm());

    [HttpPost("forgot-password")]
    [EnableRateLimiting(SignInRateLimits.PasswordReset)]
    public async Task<IActionResult> Forgot(ForgotPasswordForm form, [FromServices] IBackgroundJobClient jobs)
    {
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        // Whether the account may have a link is decided by the job, so that this answer takes the same time for everyone.
        var user = await users.FindByEmailAsync(form.Email.Trim());
        if (user is not null)
        {
            jobs.Enqueue<PasswordResetMail>(mail => mail.RunAsync(user.Id, CancellationToken.None));
        }

        return View("ForgotSent");
    }

    [HttpGet("reset-password")]
    public async Task<IActionResult> Reset(Guid user, string? token)
    {
        var person = await ResettableAsync(user, token);
        return person is null
            ? View("ResetInvalid")
            : View(new ResetPasswordModel(person.Email!, users.Options.Password.RequiredLength, new ResetPasswordForm { User = user, Token = token! }));
    }

    [HttpPost("reset-password")]
    [EnableRateLimiting(SignInRateLimits.SignIn)]
    public async Task<IActionResult> Reset(ResetPasswordForm form)
    {
        var person = await ResettableAsync(form.User, form.Token);
        if (person is null)
        {
            return View("ResetInvalid");
        }

        if (ModelState.IsValid)
        {
            var result = await users.ResetPasswordAsync(person, form.Token, form.Password);
            if (result.Succeeded)
            {
                return View("ResetDone");
            }

            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(nameof(form.Password), error.Description);
            }
        }

        return View(new ResetPasswordModel(person.Email!, users.Options.Password.RequiredLength, form with { Password = string.Empty, ConfirmPassword = string.Empty }));
    }

    /// <summary>The account, or null when the link is not valid, already used, or expired.</summary>
    private async Task<User?> ResettableAsync(Guid userId, string? token)
    {
        if (userId == Guid.Empty || string.IsNullOrEmpty(token) || token.Length > 2000)
        {
            return null;
        }

        var person = await users.FindByIdAsync(userId.ToString());
        return person is { IsActive: true }
            && await users.VerifyUserTokenAsync(person, PasswordResetTokenProvider.ProviderName, UserManager<User>.ResetPasswordTokenPurpose, token)
            ? person
            : null;
    }
}
