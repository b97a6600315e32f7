using Microsoft.AspNetCore.Localization;
using Simore.Core.Tenancy;

namespace Simore.Web.Infrastructure;

/// <summary>
/// When neither the URL nor the cookie chose a language, use the tenant's default. Runs before
/// routing (so that error pages are in the same language), so it reads the tenant from the path.
/// </summary>
public sealed class TenantCultureProvider : RequestCultureProvider
{
    public override async Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var segments = httpContext.Request.Path.Value?.Split('/', StringSplitOptions.RemoveEmptyEntries) ?? [];
        var slug = segments switch
        {
            ["api", _, var tenant, ..] => tenant,
            [var tenant, ..] => tenant,
            _ => null,
        };
        if (slug is null || !TenantSlug.IsValid(slug.ToLowerInvariant()))
        {
            return null;
        }

        var tenantFound = await httpContext.RequestServices.GetRequiredService<TenantStore>().FindBySlugAsync(slug, httpContext.RequestAborted);
        return tenantFound is null ? null : new ProviderCultureResult(tenantFound.DefaultLanguage);
    }
}
