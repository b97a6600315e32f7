using Microsoft.AspNetCore.Localization;
using Simore.Core.Localization;

namespace Simore.Web.Infrastructure;

/// <summary>
/// A link with ?culture=xx (a shared URL) is an explicit choice: remember it in the language
/// cookie, so that the forms and links that follow stay in that language.
/// </summary>
public sealed class CultureFromUrlMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Query.TryGetValue("culture", out var values)
            && values.Count == 1
            && Languages.IsSupported(values[0]))
        {
            var value = CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(values[0]!));
            if (context.Request.Cookies[LanguageCookie.Name] != value)
            {
                context.Response.Cookies.Append(LanguageCookie.Name, value, LanguageCookie.Options());
            }
        }

        return next(context);
    }
}
