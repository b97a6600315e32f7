using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Simore.Core.Identity;
using Simore.Core.Localization;

namespace Simore.Web.Features.Preferences;

/// <summary>A signed-in person's choices: the digest, optional reminders, the language of e-mails.</summary>
[Authorize]
[Route("account/preferences")]
public sealed class AccountPreferencesController(UserManager<User> users, IStringLocalizer<SharedResource> l) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var user = await users.GetUserAsync(User);
        return user is null ? Challenge() : View(new PreferencesPage(PreferencesForm.From(user), user.Email ?? string.Empty, user.TwoFactorEnabled));
    }

    [HttpPost("")]
    public async Task<IActionResult> Index(PreferencesForm form)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (ModelState.IsValid)
        {
            user.DigestFrequency = form.DigestFrequency;
            user.OptionalRemindersOff = !form.Reminders;
            user.PreferredLanguage = form.Language;
            var result = await users.UpdateAsync(user);
            if (result.Succeeded)
            {
                TempData["Message"] = l["Your preferences were saved."].Value;
                return RedirectToAction(nameof(Index));
            }

            result.Errors.ToList().ForEach(e => ModelState.AddModelError(string.Empty, e.Description));
        }

        return View(new PreferencesPage(form, user.Email ?? string.Empty, user.TwoFactorEnabled));
    }
}
