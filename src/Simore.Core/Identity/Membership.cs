using Simore.Core.Tenancy;

namespace Simore.Core.Identity;

/// <summary>
/// A role a user holds in one tenant; for focal points and validators, in one institution. Ended
/// memberships are kept (hand-over, deactivation) so history keeps who did what.
/// </summary>
public sealed class Membership : TenantEntity
{
    public Guid UserId { get; set; }

    public User? User { get; set; }

    public required string Role { get; set; }

    /// <summary>The institution of a focal point or validator.</summary>
    public long? InstitutionId { get; set; }

    public Network.Institution? Institution { get; set; }

    /// <summary>For focal points: the main one of the institution (others are alternates).</summary>
    public bool IsMain { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string? InvitedBy { get; set; }

    /// <summary>When the role ended (hand-over or deactivation); null while it lasts.</summary>
    public DateTimeOffset? EndedAt { get; set; }

    public bool IsActive => EndedAt is null;
}
