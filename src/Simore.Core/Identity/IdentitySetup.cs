using Microsoft.AspNetCore.Identity;

namespace Simore.Core.Identity;

/// <summary>The account policy shared by the web app and the command line.</summary>
public static class IdentitySetup
{
    public static void Configure(IdentityOptions options)
    {
        // Length over composition rules (NIST SP 800-63B).
        options.Password.RequiredLength = 12;
        options.Password.RequiredUniqueChars = 4;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;

        options.Lockout.AllowedForNewUsers = true;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);

        options.User.RequireUniqueEmail = true;
        options.SignIn.RequireConfirmedEmail = true;
    }
}
