using System.Security.Claims;
using Simore.Core.Tenancy;

namespace Simore.Web.Infrastructure;

/// <summary>
/// Every log line written while a request is handled carries its tenant, user and request id, so
/// that a JSON log collector can filter one State's or one person's trail. Runs after tenant
/// resolution and authentication, which supply the first two.
/// </summary>
public sealed class RequestLogScopeMiddleware(RequestDelegate next, ILogger<RequestLogScopeMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context, ITenantContext tenant)
    {
        using (logger.BeginScope(ScopeOf(context, tenant)))
        {
            await next(context);
        }
    }

    public static List<KeyValuePair<string, object?>> ScopeOf(HttpContext context, ITenantContext tenant)
    {
        var scope = new List<KeyValuePair<string, object?>>(4) { new("RequestId", context.TraceIdentifier) };
        if (tenant.Tenant is { } current)
        {
            scope.Add(new("TenantSlug", current.Slug));
            scope.Add(new("TenantId", current.Id));
        }

        if (context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { Length: > 0 } userId)
        {
            scope.Add(new("UserId", userId));
        }

        return scope;
    }
}
