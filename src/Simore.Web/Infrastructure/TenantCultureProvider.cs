using Microsoft.AspNetCore.Localization;
using Simore.Core.Tenancy;

namespace Simore.Web.Infrastructure;

/// <summary>When neither the URL nor the cookie chose a language, use the tenant's default.</summary>
public sealed class TenantCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var tenant = httpContext.RequestServices.GetRequiredService<ITenantContext>().Tenant;
        return Task.FromResult(tenant is null ? null : new ProviderCultureResult(tenant.DefaultLanguage));
    }
}
