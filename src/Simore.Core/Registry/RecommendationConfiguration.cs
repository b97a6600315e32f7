using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Simore.Core.Data;
using Simore.Core.Registry.Reference;

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
        builder.HasOne(r => r.Cluster)
            .WithMany()
            .HasForeignKey(r => new { r.TenantId, r.ClusterId })
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Recommendation>()
            .WithMany()
            .HasForeignKey(r => new { r.TenantId, r.MergedIntoId })
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Importing.ImportBatch>()
            .WithMany()
            .HasForeignKey(r => new { r.TenantId, r.ImportBatchId })
            .OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.Paragraph).HasMaxLength(32);
        builder.Property(r => r.SortKey).HasMaxLength(64);
        builder.Property(r => r.ShortTitle).HasMaxLength(200);
        builder.HasIndex(r => new { r.TenantId, r.DocumentId, r.Paragraph }).IsUnique();
        builder.HasIndex(r => new { r.TenantId, r.SortKey });
        builder.HasIndex(r => new { r.TenantId, r.ClusterId });
        builder.HasIndex(r => r.Text).HasMethod("gin").HasOperators("gin_trgm_ops").HasDatabaseName("ix_recommendations_text_trgm");
        builder.Property(r => r.Position).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.PositionSource).HasMaxLength(200);
        builder.Property(r => r.SourceTheme).HasMaxLength(300);
        builder.Property(r => r.ExternalId).HasMaxLength(100);
        builder.Property(r => r.Version).IsRowVersion();
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.StatusOverrideReason).HasMaxLength(1000);
        builder.Ignore(r => r.Reference);

        builder.HasMany(r => r.States).WithOne().HasForeignKey(s => new { s.TenantId, s.RecommendationId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Themes).WithOne().HasForeignKey(s => new { s.TenantId, s.RecommendationId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Groups).WithOne().HasForeignKey(s => new { s.TenantId, s.RecommendationId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.SdgGoals).WithOne().HasForeignKey(s => new { s.TenantId, s.RecommendationId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.SdgTargets).WithOne().HasForeignKey(s => new { s.TenantId, s.RecommendationId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Translations).WithOne().HasForeignKey(s => new { s.TenantId, s.RecommendationId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Parts).WithOne().HasForeignKey(s => new { s.TenantId, s.RecommendationId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.PositionHistory).WithOne().HasForeignKey(s => new { s.TenantId, s.RecommendationId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Revisions).WithOne().HasForeignKey(s => new { s.TenantId, s.RecommendationId }).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RecommendationPartsConfiguration :
    IEntityTypeConfiguration<RecommendingState>,
    IEntityTypeConfiguration<RecommendationTheme>,
    IEntityTypeConfiguration<RecommendationGroup>,
    IEntityTypeConfiguration<RecommendationSdgGoal>,
    IEntityTypeConfiguration<RecommendationSdgTarget>,
    IEntityTypeConfiguration<RecommendationTranslation>,
    IEntityTypeConfiguration<RecommendationRevision>,
    IEntityTypeConfiguration<PositionChange>,
    IEntityTypeConfiguration<RecommendationPart>
{
    public void Configure(EntityTypeBuilder<RecommendingState> builder)
    {
        builder.ToTable("recommending_states");
        builder.HasKey(s => new { s.TenantId, s.RecommendationId, s.CountryCode });
        builder.Property(s => s.CountryCode).HasMaxLength(3);
        builder.HasOne<Country>().WithMany().HasForeignKey(s => s.CountryCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.TenantId, s.CountryCode });
    }

    public void Configure(EntityTypeBuilder<RecommendationTheme> builder)
    {
        builder.ToTable("recommendation_themes");
        builder.HasKey(s => new { s.TenantId, s.RecommendationId, s.ThemeCode });
        builder.Property(s => s.ThemeCode).HasMaxLength(64);
        builder.Property(s => s.Origin).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<Theme>().WithMany().HasForeignKey(s => s.ThemeCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.TenantId, s.ThemeCode });
    }

    public void Configure(EntityTypeBuilder<RecommendationGroup> builder)
    {
        builder.ToTable("recommendation_groups");
        builder.HasKey(s => new { s.TenantId, s.RecommendationId, s.GroupCode });
        builder.Property(s => s.GroupCode).HasMaxLength(64);
        builder.Property(s => s.Origin).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<PersonGroup>().WithMany().HasForeignKey(s => s.GroupCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.TenantId, s.GroupCode });
    }

    public void Configure(EntityTypeBuilder<RecommendationSdgGoal> builder)
    {
        builder.ToTable("recommendation_sdg_goals");
        builder.HasKey(s => new { s.TenantId, s.RecommendationId, s.Goal });
        builder.Property(s => s.Origin).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<SdgGoal>().WithMany().HasForeignKey(s => s.Goal).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.TenantId, s.Goal });
    }

    public void Configure(EntityTypeBuilder<RecommendationSdgTarget> builder)
    {
        builder.ToTable("recommendation_sdg_targets");
        builder.HasKey(s => new { s.TenantId, s.RecommendationId, s.TargetCode });
        builder.Property(s => s.TargetCode).HasMaxLength(8);
        builder.Property(s => s.Origin).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<SdgTarget>().WithMany().HasForeignKey(s => s.TargetCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.TenantId, s.TargetCode });
    }

    public void Configure(EntityTypeBuilder<RecommendationTranslation> builder)
    {
        builder.ToTable("recommendation_translations");
        builder.HasKey(s => new { s.TenantId, s.RecommendationId, s.Language });
        builder.Property(s => s.Language).HasMaxLength(8);
        builder.Property(s => s.ShortTitle).HasMaxLength(200);
    }

    public void Configure(EntityTypeBuilder<RecommendationRevision> builder)
    {
        builder.HasTenantKey();
        builder.ToTable("recommendation_revisions");
        builder.Property(s => s.Reason).HasMaxLength(1000);
        builder.Property(s => s.RecordedBy).HasMaxLength(200);
    }

    public void Configure(EntityTypeBuilder<PositionChange> builder)
    {
        builder.HasTenantKey();
        builder.ToTable("position_changes");
        builder.Property(s => s.Position).HasConversion<string>().HasMaxLength(32);
        builder.Property(s => s.Source).HasMaxLength(200);
        builder.Property(s => s.Note).HasMaxLength(1000);
        builder.Property(s => s.RecordedBy).HasMaxLength(200);
        builder.HasOne<RecommendationPart>().WithMany().HasForeignKey(s => new { s.TenantId, s.PartId }).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<RecommendationPart> builder)
    {
        builder.HasTenantKey();
        builder.ToTable("recommendation_parts");
        builder.Property(s => s.Label).HasMaxLength(16);
        builder.Property(s => s.Position).HasConversion<string>().HasMaxLength(32);
        builder.Property(s => s.Version).IsRowVersion();
        builder.HasIndex(s => new { s.TenantId, s.RecommendationId, s.Label }).IsUnique();
    }
}
