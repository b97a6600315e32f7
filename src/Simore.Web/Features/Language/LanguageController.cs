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

        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? WithoutCultureParameter(returnUrl!) : "/");
    }

    /// <summary>An explicit ?culture= in the URL would override the new choice; drop it.</summary>
    private static string WithoutCultureParameter(string url)
    {
        var question = url.IndexOf('?', StringComparison.Ordinal);
        if (question < 0)
        {
            return url;
        }

        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(url[question..]);
        query.Remove("culture");
        var rebuilt = new Microsoft.AspNetCore.Http.Extensions.QueryBuilder(
            query.SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string>(p.Key, v ?? string.Empty))));
        return url[..question] + rebuilt.ToQueryString();
    }
}
