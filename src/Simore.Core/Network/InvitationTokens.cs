using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Simore.Core.Identity;

namespace Simore.Core.Network;

/// <summary>
/// The token of an invitation link. It has its own provider so that it can live for a week while
/// password-reset and e-mail tokens keep Identity's one-day default: the options of the default
/// provider are shared by all of them. Like them, it carries the security stamp, so it works once.
/// </summary>
public sealed class InvitationTokenProvider(
    IDataProtectionProvider dataProtectionProvider,
    IOptions<InvitationTokenProviderOptions> options,
    ILogger<DataProtectorTokenProvider<User>> logger)
    : DataProtectorTokenProvider<User>(dataProtectionProvider, options, logger)
{
    /// <summary>The name under which the provider is registered with Identity.</summary>
    public const string ProviderName = "Invitation";

    /// <summary>The purpose the token is generated for and checked against.</summary>
    public const string Purpose = "AcceptInvitation";

    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);
}

public sealed class InvitationTokenProviderOptions : DataProtectionTokenProviderOptions
{
    public InvitationTokenProviderOptions()
    {
        Name = InvitationTokenProvider.ProviderName;
        TokenLifespan = InvitationTokenProvider.Lifetime;
    }
}
