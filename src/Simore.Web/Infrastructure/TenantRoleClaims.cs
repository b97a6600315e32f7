using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Simore.Core.Data;
using Simore.Core.Tenancy;

namespace Simore.Web.Infrastructure;

/// <summary>
/// Adds the roles the signed-in user holds in the request's tenant, so that [Authorize(Roles = …)]
/// means "in this tenant". Roles in other tenants never appear.
/// </summary>
public sealed class TenantRoleClaims(ITenantContext tenantContext, SimoreDbContext db) : IClaimsTransformation
{
    public const string AuthenticationType = "simore-tenant";

    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (tenantContext.TenantId is null
            || principal.Identity?.IsAuthenticated != true
            || principal.Identities.Any(i => i.AuthenticationType == AuthenticationType)
            || !Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            return principal;
        }

        var memberships = await db.Memberships.AsNoTracking()
            .Where(m => m.UserId == userId && m.EndedAt == null && m.User!.IsActive)
            .Select(m => new { m.Role, m.InstitutionId })
            .ToListAsync();
        var identity = new ClaimsIdentity(AuthenticationType, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaims(memberships.Select(m => m.Role).Distinct().Select(r => new Claim(ClaimTypes.Role, r)));
        identity.AddClaims(memberships.Where(m => m.InstitutionId != null)
            .Select(m => new Claim(InstitutionClaims.Type(m.Role), m.InstitutionId!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        identity.AddClaim(new Claim("simore:tenant", tenantContext.TenantId.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var transformed = principal.Clone();
        transformed.AddIdentity(identity);
        return transformed;
    }
}
