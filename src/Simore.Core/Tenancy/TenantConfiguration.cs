using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Simore.Core.Tenancy;

internal sealed class TenantConfiguration : IEntityTypeConfiguration<Tenant>
{
    public void Configure(EntityTypeBuilder<Tenant> builder)
    {
        builder.Property(t => t.Slug).HasMaxLength(32);
        builder.HasIndex(t => t.Slug).IsUnique();
        builder.Property(t => t.Name).HasMaxLength(200);
        builder.Property(t => t.CountryCode).HasMaxLength(3).IsFixedLength();
        builder.Property(t => t.DefaultLanguage).HasMaxLength(8);
        builder.Property(t => t.HostName).HasMaxLength(253);
        builder.HasIndex(t => t.HostName).IsUnique();
        builder.Property(t => t.Version).IsRowVersion();
        builder.Ignore(t => t.MidTermDate);
    }
}
