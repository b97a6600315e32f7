using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Simore.Core.Localization;

namespace Simore.Web.Features.Api;

/// <summary>Errors of the open data endpoints, as RFC 9457 problem details (application/problem+json).</summary>
public static class ApiProblems
{
    public const string ContentType = "application/problem+json";

    /// <summary>Requests that a program, not a person, makes: they get problem details instead of an error page.</summary>
    public static bool IsApiRequest(HttpContext context) => context.Request.Path.StartsWithSegments("/api");

    public static IActionResult Validation(HttpContext context, IEnumerable<(string Parameter, string Message)> errors)
    {
        var l = context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        var state = new ModelStateDictionary();
        foreach (var (parameter, message) in errors)
        {
            state.AddModelError(parameter, message);
        }

        var problem = context.RequestServices.GetRequiredService<ProblemDetailsFactory>()
            .CreateValidationProblemDetails(context, state, StatusCodes.Status400BadRequest, l["Some parameters of the request are not valid."]);
        return new ObjectResult(problem) { StatusCode = StatusCodes.Status400BadRequest, ContentTypes = { ContentType } };
    }

    public static Task WriteNotFoundAsync(HttpContext context) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound).ExecuteAsync(context);

    /// <summary>The tenant in the address does not exist: written by the tenant middleware, before any controller runs.</summary>
    public static Task WriteUnknownTenantAsync(HttpContext context)
    {
        var l = context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        return Results.Problem(statusCode: StatusCodes.Status404NotFound, detail: l["No State publishes its recommendations at this address."])
            .ExecuteAsync(context);
    }
}
