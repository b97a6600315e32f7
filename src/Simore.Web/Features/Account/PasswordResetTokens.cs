using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Simore.Core.Identity;

namespace Simore.Web.Features.Account;

/// <summary>
/// The token of a password-reset link: its own provider, so that it lives two hours while e-mail
/// confirmations keep Identity's day. It carries the security stamp, which the new password changes,
/// so a link works once.
/// </summary>
public sealed class PasswordResetTokenProvider(
    IDataProtectionProvider dataProtectionProvider,
    IOptions<PasswordResetTokenProviderOptions> options,
    ILogger<DataProtectorTokenProvider<User>> logger)
    : DataProtectorTokenProvider<User>(dataProtectionProvider, options, logger)
{
    public const string ProviderName = "PasswordReset";

    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(2);
}

public sealed class PasswordResetTokenProviderOptions : DataProtectionTokenProviderOptions
{
    public PasswordResetTokenProviderOptions()
    {
        Name = PasswordResetTokenProvider.ProviderName;
        TokenLifespan = PasswordResetTokenProvider.Lifetime;
    }
}

public static class PasswordResetSetup
{
    public static IServiceCollection AddPasswordReset(this IServiceCollection services)
    {
        services.AddTransient<PasswordResetTokenProvider>();
        services.AddScoped<PasswordResetMail>();
        services.Configure<IdentityOptions>(options =>
        {
            options.Tokens.ProviderMap[PasswordResetTokenProvider.ProviderName] = new TokenProviderDescriptor(typeof(PasswordResetTokenProvider));
            options.Tokens.PasswordResetTokenProvider = PasswordResetTokenProvider.ProviderName;
        });
        return services;
    }
}
