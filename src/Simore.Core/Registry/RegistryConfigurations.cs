using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Simore.Core.Auditing;
using Simore.Core.Data;
using Simore.Core.Importing;
using Simore.Core.Registry.Reference;

namespace Simore.Core.Registry;

internal sealed class RegistryConfigurations :
    IEntityTypeConfiguration<Cluster>,
    IEntityTypeConfiguration<RecommendationLink>,
    IEntityTypeConfiguration<TagSuggestion>,
    IEntityTypeConfiguration<AuditEntry>,
    IEntityTypeConfiguration<ImportBatch>
{
    public void Configure(EntityTypeBuilder<Cluster> builder)
    {
        builder.HasTenantKey();
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.NameTranslations)
            .HasColumnType("jsonb")
            .HasConversion(JsonColumn.Converter<Dictionary<string, string>>(), JsonColumn.Comparer<Dictionary<string, string>>());
        builder.Property(c => c.Description).HasMaxLength(2000);
        builder.Property(c => c.Version).IsRowVersion();
        builder.HasIndex(c => new { c.TenantId, c.Name }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<RecommendationLink> builder)
    {
        builder.HasTenantKey();
        builder.ToTable("recommendation_links");
        builder.Property(l => l.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(l => l.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(l => l.DecidedBy).HasMaxLength(200);
        builder.HasOne<Recommendation>().WithMany().HasForeignKey(l => new { l.TenantId, l.FromId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Recommendation>().WithMany().HasForeignKey(l => new { l.TenantId, l.ToId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(l => new { l.TenantId, l.FromId, l.ToId, l.Kind }).IsUnique();
        builder.HasIndex(l => new { l.TenantId, l.ToId });
    }

    public void Configure(EntityTypeBuilder<TagSuggestion> builder)
    {
        builder.HasTenantKey();
        builder.ToTable("tag_suggestions");
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.Code).HasMaxLength(64);
        builder.Property(s => s.DecidedBy).HasMaxLength(200);
        builder.HasOne<Recommendation>().WithMany().HasForeignKey(s => new { s.TenantId, s.RecommendationId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.TenantId, s.RecommendationId, s.Kind, s.Code }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.HasTenantKey();
        builder.ToTable("audit_entries");
        builder.Property(a => a.EntityType).HasMaxLength(64);
        builder.Property(a => a.Action).HasMaxLength(32);
        builder.Property(a => a.Changes).HasColumnType("jsonb");
        builder.Property(a => a.UserName).HasMaxLength(200);
        builder.HasIndex(a => new { a.TenantId, a.EntityType, a.EntityId, a.At });
    }

    public void Configure(EntityTypeBuilder<ImportBatch> builder)
    {
        builder.HasTenantKey();
        builder.ToTable("import_batches");
        builder.Property(b => b.FileName).HasMaxLength(260);
        builder.Property(b => b.Format).HasMaxLength(32);
        builder.Property(b => b.Sha256).HasMaxLength(64);
        builder.Property(b => b.Options).HasColumnType("jsonb");
        builder.Property(b => b.Problems).HasColumnType("jsonb");
        builder.Property(b => b.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(b => b.CreatedBy).HasMaxLength(200);
        builder.Property(b => b.Version).IsRowVersion();
    }
}
