using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Simore.Core.Data;
using Simore.Core.Network;
using Simore.Core.Notifications;
using Simore.Core.Registry;

namespace Simore.Core.FollowUp;

internal sealed class FollowUpConfigurations :
    IEntityTypeConfiguration<FollowUpEntry>,
    IEntityTypeConfiguration<EntryRecommendation>,
    IEntityTypeConfiguration<EntryTransition>,
    IEntityTypeConfiguration<Evidence>,
    IEntityTypeConfiguration<Indicator>,
    IEntityTypeConfiguration<IndicatorValue>,
    IEntityTypeConfiguration<EmailMessage>
{
    public void Configure(EntityTypeBuilder<FollowUpEntry> builder)
    {
        builder.HasTenantKey();
        builder.ToTable("follow_up_entries");
        builder.Property(e => e.AuthorName).HasMaxLength(200);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.MeasureKind).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.ProposedStatus).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.Translations).HasColumnType("jsonb")
            .HasConversion(JsonColumn.Converter<Dictionary<string, string>>(), JsonColumn.Comparer<Dictionary<string, string>>());
        builder.Property(e => e.Budget).HasPrecision(18, 2);
        builder.Property(e => e.Currency).HasMaxLength(3);
        builder.Property(e => e.Version).IsRowVersion();
        builder.Ignore(e => e.PublicText);
        builder.HasOne(e => e.Institution).WithMany().HasForeignKey(e => new { e.TenantId, e.InstitutionId }).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Identity.User>().WithMany().HasForeignKey(e => e.AuthorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(e => e.Recommendations).WithOne().HasForeignKey(x => new { x.TenantId, x.EntryId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Evidence).WithOne().HasForeignKey(x => new { x.TenantId, x.EntryId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Transitions).WithOne().HasForeignKey(x => new { x.TenantId, x.EntryId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.IndicatorValues).WithOne().HasForeignKey(x => new { x.TenantId, x.EntryId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.TenantId, e.InstitutionId, e.Status });
        builder.HasIndex(e => new { e.TenantId, e.Status });
    }

    public void Configure(EntityTypeBuilder<EntryRecommendation> builder)
    {
        builder.ToTable("entry_recommendations");
        builder.HasKey(x => new { x.TenantId, x.EntryId, x.RecommendationId });
        builder.HasOne<Recommendation>().WithMany().HasForeignKey(x => new { x.TenantId, x.RecommendationId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(x => new { x.TenantId, x.RecommendationId });
    }

    public void Configure(EntityTypeBuilder<EntryTransition> builder)
    {
        builder.HasTenantKey();
        builder.ToTable("entry_transitions");
        builder.Property(t => t.From).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.To).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.Comment).HasMaxLength(4000);
        builder.Property(t => t.UserName).HasMaxLength(200);
    }

    public void Configure(EntityTypeBuilder<Evidence> builder)
    {
        builder.HasTenantKey();
        builder.ToTable("evidence");
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(8);
        builder.Property(e => e.Title).HasMaxLength(300);
        builder.Property(e => e.Url).HasMaxLength(2000);
        builder.Property(e => e.FileName).HasMaxLength(260);
        builder.Property(e => e.ContentType).HasMaxLength(200);
        builder.Property(e => e.StorageKey).HasMaxLength(300);
        builder.Property(e => e.AddedBy).HasMaxLength(200);
    }

    public void Configure(EntityTypeBuilder<Indicator> builder)
    {
        builder.HasTenantKey();
        builder.Property(i => i.Title).HasMaxLength(500);
        builder.Property(i => i.Unit).HasMaxLength(50);
        builder.Property(i => i.Baseline).HasPrecision(18, 4);
        builder.Property(i => i.Target).HasPrecision(18, 4);
        builder.Property(i => i.Frequency).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.Source).HasMaxLength(500);
        builder.Property(i => i.SdgIndicator).HasMaxLength(16);
        builder.Property(i => i.Version).IsRowVersion();
        builder.HasOne<Recommendation>().WithMany().HasForeignKey(i => new { i.TenantId, i.RecommendationId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Cluster>().WithMany().HasForeignKey(i => new { i.TenantId, i.ClusterId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Values).WithOne().HasForeignKey(v => new { v.TenantId, v.IndicatorId }).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<IndicatorValue> builder)
    {
        builder.HasTenantKey();
        builder.Property(v => v.Value).HasPrecision(18, 4);
        builder.Property(v => v.Note).HasMaxLength(1000);
        builder.Property(v => v.RecordedBy).HasMaxLength(200);
        builder.HasIndex(v => new { v.TenantId, v.IndicatorId, v.ObservedOn });
    }

    public void Configure(EntityTypeBuilder<EmailMessage> builder)
    {
        builder.HasTenantKey();
        builder.ToTable("email_messages");
        builder.Property(m => m.DedupKey).HasMaxLength(300);
        builder.Property(m => m.Kind).HasMaxLength(32);
        builder.Property(m => m.To).HasMaxLength(256);
        builder.Property(m => m.Subject).HasMaxLength(300);
        builder.Property(m => m.Language).HasMaxLength(8);
        builder.HasIndex(m => new { m.TenantId, m.DedupKey }).IsUnique();
        builder.HasIndex(m => new { m.TenantId, m.SentAt });
    }
}
