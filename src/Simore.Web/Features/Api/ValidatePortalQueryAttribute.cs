using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Localization;
using Simore.Core.Localization;
using Simore.Core.Portal;

namespace Simore.Web.Features.Api;

/// <summary>
/// Refuses a search with a parameter that could not be read or is out of range, with a validation
/// problem naming each parameter as it is written in the query string (camelCase).
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public sealed class ValidatePortalQueryAttribute(bool paged) : Attribute, IAsyncActionFilter, IOrderedFilter
{
    // Before the automatic 400 of [ApiController] (order -2000), so that one answer lists every problem in the same words.
    public int Order => -3000;

    public bool Paged { get; } = paged;

    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var l = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        var errors = new List<(string Parameter, string Message)>();
        foreach (var (key, entry) in context.ModelState)
        {
            if (entry.Errors.Count > 0)
            {
                errors.Add((ParameterName(key), l["The value \"{0}\" is not valid here.", entry.AttemptedValue ?? string.Empty]));
            }
        }

        foreach (var query in context.ActionArguments.Values.OfType<PortalQuery>())
        {
            var result = await new PortalQueryRules(l, Paged).ValidateAsync(query, context.HttpContext.RequestAborted);
            errors.AddRange(result.Errors.Select(e => (ParameterName(e.PropertyName), e.ErrorMessage)));
        }

        if (errors.Count > 0)
        {
            context.Result = ApiProblems.Validation(context.HttpContext, errors);
            return;
        }

        await next();
    }

    /// <summary>"query.PageSize" → "pageSize".</summary>
    private static string ParameterName(string key) => JsonNamingPolicy.CamelCase.ConvertName(key[(key.LastIndexOf('.') + 1)..]);
}
