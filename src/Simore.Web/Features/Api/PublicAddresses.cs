using System.Globalization;

namespace Simore.Web.Features.Api;

/// <summary>
/// Absolute addresses of a tenant's public pages, built from the request once rather than by the
/// router for each of up to 50,000 rows of an export.
/// </summary>
public sealed record PublicAddresses(string TenantRoot)
{
    public static PublicAddresses For(HttpRequest request, string tenant) =>
        new($"{request.Scheme}://{request.Host}{request.PathBase}/{Uri.EscapeDataString(tenant)}");

    public string Recommendation(long id) => $"{TenantRoot}/recommendations/{id.ToString(CultureInfo.InvariantCulture)}";

    public string Evidence(long id) => $"{TenantRoot}/evidence/{id.ToString(CultureInfo.InvariantCulture)}";
}
