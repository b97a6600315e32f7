using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Simore.Core.Data;

namespace Simore.Core.Identity;

internal sealed class MembershipConfiguration : IEntityTypeConfiguration<Membership>
{
    public void Configure(EntityTypeBuilder<Membership> builder)
    {
        builder.HasTenantKey();
        builder.Property(m => m.Role).HasMaxLength(32);
        builder.Property(m => m.InvitedBy).HasMaxLength(200);
        builder.HasOne(m => m.User).WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.Institution).WithMany().HasForeignKey(m => new { m.TenantId, m.InstitutionId }).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.TenantId, m.UserId, m.Role, m.InstitutionId }).IsUnique().HasFilter("ended_at IS NULL").AreNullsDistinct(false);
        builder.HasIndex(m => new { m.TenantId, m.InstitutionId });
        builder.Ignore(m => m.IsActive);
    }
}
