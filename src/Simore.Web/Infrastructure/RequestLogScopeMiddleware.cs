using System.Collections;
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

    public static RequestLogScope ScopeOf(HttpContext context, ITenantContext tenant)
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

        return new RequestLogScope(scope);
    }
}

/// <summary>Named values for structured formatters (JSON), and one readable line for the simple one.</summary>
public sealed class RequestLogScope(IReadOnlyList<KeyValuePair<string, object?>> values) : IReadOnlyList<KeyValuePair<string, object?>>
{
    public int Count => values.Count;

    public KeyValuePair<string, object?> this[int index] => values[index];

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => string.Join(' ', values.Select(v => $"{v.Key}:{v.Value}"));
}
