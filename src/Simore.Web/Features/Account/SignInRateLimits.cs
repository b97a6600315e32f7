using Microsoft.AspNetCore.RateLimiting;
using Simore.Web.Features.CivilSociety;

namespace Simore.Web.Features.Account;

/// <summary>
/// Limits on guessing: lockout stops guessing one account's password; these stop one client address
/// from trying many accounts (password spraying) and from flooding people with reset e-mails. The
/// sign-in limit leaves room for a ministry whose staff all reach the internet through one address.
/// </summary>
public static class SignInRateLimits
{
    public const string SignIn = "sign-in";

    public const string PasswordReset = "password-reset";

    /// <summary>The default; RateLimits:SignInsPerMinute changes it (a load test signing in many people from one address).</summary>
    public const int SignInsPerMinute = 20;

    public const int ResetsPerHour = 5;

    public static IServiceCollection AddSignInRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var signIns = configuration.GetValue("RateLimits:SignInsPerMinute", SignInsPerMinute);
        return services.Configure<RateLimiterOptions>(options =>
        {
            options.AddPolicy(SignIn, new CivilSocietyRateLimits.WindowPolicy(signIns, TimeSpan.FromMinutes(1), CivilSocietyRateLimits.ByAddress));
            options.AddPolicy(PasswordReset, new CivilSocietyRateLimits.WindowPolicy(ResetsPerHour, TimeSpan.FromHours(1), CivilSocietyRateLimits.ByAddress));
        });
    }
}
