using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Simore.Core.Data;

namespace Simore.Core.Registry;

internal sealed class RecommendationConfiguration : IEntityTypeConfiguration<Recommendation>
{
    public void Configure(EntityTypeBuilder<Recommendation> builder)
    {
        builder.HasTenantKey();
        builder.HasOne(r => r.Document)
            .WithMany(d => d.Recommendations)
            .HasForeignKey(r => new { r.TenantId, r.DocumentId })
            .OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.Paragraph).HasMaxLength(32);
        builder.Property(r => r.SortKey).HasMaxLength(64);
        builder.HasIndex(r => new { r.TenantId, r.DocumentId, r.Paragraph }).IsUnique();
        builder.HasIndex(r => new { r.TenantId, r.SortKey });
        builder.Property(r => r.Position).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.PositionSource).HasMaxLength(200);
        builder.Property(r => r.SourceTheme).HasMaxLength(300);
        builder.Property(r => r.Version).IsRowVersion();
    }
}
