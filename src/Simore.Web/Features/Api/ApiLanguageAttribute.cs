using Microsoft.AspNetCore.Mvc.Filters;
using Simore.Core.Localization;

namespace Simore.Web.Features.Api;

/// <summary>
/// The API speaks the language of its lang parameter (English without one), for names and error
/// messages alike: a program's answer must not change with a cookie or the tenant's default.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ApiLanguageAttribute : Attribute, IAsyncActionFilter, IOrderedFilter
{
    public const string Parameter = "lang";

    // Before the query validation, whose messages are in this language.
    public int Order => -4000;

    public static string Of(string? lang) => Languages.IsSupported(lang) ? lang! : Languages.Default;

    public Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var culture = Languages.Culture(Of(context.HttpContext.Request.Query[Parameter].FirstOrDefault()));
        System.Globalization.CultureInfo.CurrentCulture = culture;
        System.Globalization.CultureInfo.CurrentUICulture = culture;
        return next();
    }
}
