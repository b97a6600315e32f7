using Simore.Core.Tenancy;

namespace Simore.Web.Infrastructure;

/// <summary>
/// Resolves the tenant from the {tenant} route value (set by every tenant route, whether the tenant
/// is the first segment or sits after /api/v1) and answers 404 for unknown tenants. Runs after
/// routing and before authentication, so that tenant roles can be added to the user.
/// </summary>
public sealed class TenantResolutionMiddleware(RequestDelegate next)
{
    public const string RouteKey = "tenant";

    public async Task InvokeAsync(HttpContext context, TenantStore store, ITenantContext tenantContext)
    {
        if (context.GetRouteValue(RouteKey) is string slug)
        {
            var tenant = TenantSlug.IsValid(slug.ToLowerInvariant())
                ? await store.FindBySlugAsync(slug, context.RequestAborted)
                : null;
            if (tenant is null)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                if (Features.Api.ApiProblems.IsApiRequest(context))
                {
                    await Features.Api.ApiProblems.WriteUnknownTenantAsync(context);
                }

                return;
            }

            tenantContext.Use(tenant);
        }

        await next(context);
    }
}

/// <summary>
/// Serves a tenant on its own host name: a request to that host without the tenant prefix is
/// rewritten to carry it, so the same routes and links work on both kinds of address.
/// </summary>
public sealed class TenantHostMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, TenantStore store)
    {
        var host = context.Request.Host.Host;
        if (!string.IsNullOrEmpty(host) && host is not ("localhost" or "127.0.0.1"))
        {
            var tenant = await store.FindByHostAsync(host, context.RequestAborted);
            if (tenant is not null)
            {
                var prefix = "/" + tenant.Slug;
                var path = context.Request.Path;
                var first = path.Value?.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
                if (!path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase) && (first is null || !TenantSlug.Reserved.Contains(first)))
                {
                    context.Request.Path = prefix + path;
                }
            }
        }

        await next(context);
    }
}
