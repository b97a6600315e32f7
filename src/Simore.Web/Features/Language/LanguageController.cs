using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Simore.Core.Localization;
using Simore.Web.Infrastructure;

namespace Simore.Web.Features.Language;

/// <summary>The language switcher: remembers the choice in a cookie and goes back to the page.</summary>
[Route("language")]
public sealed class LanguageController : Controller
{
    [HttpPost("")]
    public IActionResult Change(string culture, string? returnUrl)
    {
        if (Languages.IsSupported(culture))
        {
            Response.Cookies.Append(
                LanguageCookie.Name,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                LanguageCookie.Options());
        }

        // An explicit ?culture= in the URL would override the new choice: drop it.
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? CultureUrl.Without(returnUrl!) : "/");
    }
}
