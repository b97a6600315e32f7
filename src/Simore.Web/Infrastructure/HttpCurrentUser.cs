using System.Security.Claims;
using Simore.Core.Auditing;

namespace Simore.Web.Infrastructure;

/// <summary>The signed-in person, for the audit trail; "anonymous" otherwise.</summary>
public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    public Guid? Id => Guid.TryParse(accessor.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public string Name => accessor.HttpContext?.User.Identity?.Name ?? "anonymous";
}
