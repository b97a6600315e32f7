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

    /// <summary>How often the person wants the digest of what waits for them.</summary>
    public DigestFrequency DigestFrequency { get; set; } = DigestFrequency.Weekly;

    /// <summary>The organisation a civil-society user speaks for, if any.</summary>
    public string? Organisation { get; set; }

    /// <summary>No reminders of meetings and reporting dates (the digest follows its own setting).</summary>
    public bool OptionalRemindersOff { get; set; }
}

public enum DigestFrequency
{
    Never = 0,
    Daily = 1,
    Weekly = 2,
}

public sealed class Role : IdentityRole<Guid>
{
}
