using Microsoft.AspNetCore.Identity;

namespace Simore.Core.Identity;

/// <summary>
/// A person's account. Accounts are global so that one person can act in several States
/// (a drafter for two tenants, an organisation commenting on many); what they may do in a
/// tenant comes from their <see cref="Membership"/> rows there.
/// </summary>
public sealed class User : IdentityUser<Guid>
{
    public required string DisplayName { get; set; }

    /// <summary>Language of e-mails and of the interface when no other choice applies.</summary>
    public string PreferredLanguage { get; set; } = "en";

    /// <summary>Deactivated accounts cannot sign in; they are never deleted, so history keeps their names.</summary>
    public bool IsActive { get; set; } = true;

    public DateTimeOffset CreatedAt { get; set; }
}

public sealed class Role : IdentityRole<Guid>
{
}
