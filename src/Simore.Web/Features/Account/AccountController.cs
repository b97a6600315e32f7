using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using QRCoder;
using Simore.Core.Identity;
using Simore.Core.Localization;
using Simore.Web.Infrastructure;

namespace Simore.Web.Features.Account;

/// <summary>Sign-in with password and, where enabled or required, an authenticator code.</summary>
[Route("account")]
public sealed class AccountController(
    SignInManager<User> signIn, UserManager<User> users, IStringLocalizer<SharedResource> l) : Controller
{
    [HttpGet("login")]
    public IActionResult Login(string? returnUrl) => View(new LoginForm { ReturnUrl = returnUrl });

    [HttpPost("login")]
    [EnableRateLimiting(SignInRateLimits.SignIn)]
    public async Task<IActionResult> Login(LoginForm form)
    {
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        var user = await users.FindByEmailAsync(form.Email.Trim());
        if (user is null || !user.IsActive)
        {
            ModelState.AddModelError(string.Empty, l["The e-mail address or the password is not correct."]);
            return View(form);
        }

        var result = await signIn.PasswordSignInAsync(user, form.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(SafeReturnUrl(form.ReturnUrl));
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToAction(nameof(LoginTwoFactor), new { returnUrl = form.ReturnUrl });
        }

        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? l["This account is locked after too many failed attempts. Try again in 15 minutes."]
            : result.IsNotAllowed
                ? l["Confirm your e-mail address before signing in."]
                : l["The e-mail address or the password is not correct."]);
        return View(form);
    }

    [HttpGet("login-2fa")]
    public async Task<IActionResult> LoginTwoFactor(string? returnUrl) =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null
            ? RedirectToAction(nameof(Login), new { returnUrl })
            : View(new TwoFactorForm { ReturnUrl = returnUrl });

    [HttpPost("login-2fa")]
    [EnableRateLimiting(SignInRateLimits.SignIn)]
    public async Task<IActionResult> LoginTwoFactor(TwoFactorForm form)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToAction(nameof(Login), new { returnUrl = form.ReturnUrl });
        }

        if (!ModelState.IsValid)
        {
            return View(form);
        }

        var result = await signIn.TwoFactorAuthenticatorSignInAsync(Normalize(form.Code), isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            return LocalRedirect(SafeReturnUrl(form.ReturnUrl));
        }

        ModelState.AddModelError(nameof(form.Code), result.IsLockedOut
            ? l["This account is locked after too many failed attempts. Try again in 15 minutes."]
            : l["The code is not correct or has expired."]);
        return View(form);
    }

    [Authorize]
    [HttpGet("two-factor")]
    public async Task<IActionResult> TwoFactor(string? returnUrl)
    {
        var user = await users.GetUserAsync(User);
        return user is null ? Challenge() : View(await SetupModelAsync(user, returnUrl));
    }

    [Authorize]
    [HttpPost("two-factor")]
    public async Task<IActionResult> TwoFactor(TwoFactorForm form)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (ModelState.IsValid
            && await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, Normalize(form.Code)))
        {
            if (!user.TwoFactorEnabled)
            {
                await users.SetTwoFactorEnabledAsync(user, true);
            }

            await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim(Policies.MultiFactorClaim, Policies.MultiFactorValue)]);
            return LocalRedirect(SafeReturnUrl(form.ReturnUrl));
        }

        if (ModelState.IsValid)
        {
            ModelState.AddModelError(nameof(form.Code), l["The code is not correct or has expired."]);
        }

        return View(await SetupModelAsync(user, form.ReturnUrl));
    }

    [HttpPost("logout")]
    public async Task<IActionResult> Logout()
    {
        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }

    [HttpGet("denied")]
    public IActionResult Denied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View("~/Features/Errors/Forbidden.cshtml");
    }

    private async Task<TwoFactorSetupModel> SetupModelAsync(User user, string? returnUrl)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = (await users.GetAuthenticatorKeyAsync(user))!;
        }

        var uri = $"otpauth://totp/Simore:{Uri.EscapeDataString(user.Email!)}?secret={key}&issuer=Simore&digits=6";
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        var png = Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(5));
        var grouped = string.Join(' ', key.Chunk(4).Select(c => new string(c))).ToLowerInvariant();
        return new TwoFactorSetupModel(grouped, png, user.TwoFactorEnabled, returnUrl);
    }

    private string SafeReturnUrl(string? returnUrl) => Url.IsLocalUrl(returnUrl) ? returnUrl! : "/";

    private static string Normalize(string code) => code.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
}
