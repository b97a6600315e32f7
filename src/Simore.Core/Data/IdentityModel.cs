using Microsoft.EntityFrameworkCore;
using Simore.Core.Identity;

namespace Simore.Core.Data;

/// <summary>Identity's tables with plain PostgreSQL names.</summary>
internal static class IdentityModel
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<User>(b =>
        {
            b.ToTable("users");
            b.Property(u => u.DisplayName).HasMaxLength(200);
            b.Property(u => u.PreferredLanguage).HasMaxLength(8);
            b.Property(u => u.DigestFrequency).HasConversion<string>().HasMaxLength(16);
            b.Property(u => u.Organisation).HasMaxLength(200);
        });
        builder.Entity<Role>().ToTable("roles");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserRole<Guid>>().ToTable("user_roles");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserClaim<Guid>>().ToTable("user_claims");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserLogin<Guid>>().ToTable("user_logins");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserToken<Guid>>().ToTable("user_tokens");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityRoleClaim<Guid>>().ToTable("role_claims");
    }
}
