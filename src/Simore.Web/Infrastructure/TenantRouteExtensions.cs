using Microsoft.AspNetCore.Mvc;

namespace Simore.Web.Infrastructure;

public static class TenantRouteExtensions
{
    /// <summary>The {tenant} of the current route, to pass on to generated links (ambient values do not carry it across actions).</summary>
    public static string Tenant(this ControllerBase controller) =>
        controller.RouteData.Values[TenantResolutionMiddleware.RouteKey] as string ?? string.Empty;
}
