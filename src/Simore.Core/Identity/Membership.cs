using Simore.Core.Tenancy;

namespace Simore.Core.Identity;

/// <summary>A role a user holds in one tenant.</summary>
public sealed class Membership : TenantEntity
{
    public Guid UserId { get; set; }

    public User? User { get; set; }

    public required string Role { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
