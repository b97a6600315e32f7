using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Simore.Core.Data;
using Simore.Core.FollowUp;
using Simore.Core.Registry;

namespace Simore.Core.Portal;

internal sealed class PortalConfigurations :
    IEntityTypeConfiguration<Comment>,
    IEntityTypeConfiguration<Assessment>,
    IEntityTypeConfiguration<AbuseReport>
{
    public void Configure(EntityTypeBuilder<Comment> builder)
    {
        builder.HasTenantKey();
        builder.Property(c => c.DisplayName).HasMaxLength(200);
        builder.Property(c => c.Organisation).HasMaxLength(200);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.ModerationReason).HasMaxLength(1000);
        builder.Property(c => c.ModeratedBy).HasMaxLength(200);
        builder.Property(c => c.Version).IsRowVersion();
        builder.HasOne<Recommendation>().WithMany().HasForeignKey(c => new { c.TenantId, c.RecommendationId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<FollowUpEntry>().WithMany().HasForeignKey(c => new { c.TenantId, c.EntryId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Identity.User>().WithMany().HasForeignKey(c => c.AuthorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.TenantId, c.RecommendationId, c.Status });
        builder.HasIndex(c => new { c.TenantId, c.Status, c.CreatedAt });
    }

    public void Configure(EntityTypeBuilder<Assessment> builder)
    {
        builder.HasTenantKey();
        builder.Property(a => a.DisplayName).HasMaxLength(200);
        builder.Property(a => a.Organisation).HasMaxLength(200);
        builder.Property(a => a.AssessedStatus).HasConversion<string>().HasMaxLength(32);
        builder.Property(a => a.EvidenceUrl).HasMaxLength(2000);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.ModerationReason).HasMaxLength(1000);
        builder.Property(a => a.ModeratedBy).HasMaxLength(200);
        builder.Property(a => a.Version).IsRowVersion();
        builder.HasOne<Recommendation>().WithMany().HasForeignKey(a => new { a.TenantId, a.RecommendationId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Identity.User>().WithMany().HasForeignKey(a => a.AuthorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.TenantId, a.RecommendationId, a.Status });
    }

    public void Configure(EntityTypeBuilder<AbuseReport> builder)
    {
        builder.HasTenantKey();
        builder.Property(r => r.Reason).HasMaxLength(1000);
        builder.Property(r => r.ResolvedBy).HasMaxLength(200);
        builder.HasOne<Comment>().WithMany().HasForeignKey(r => new { r.TenantId, r.CommentId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Assessment>().WithMany().HasForeignKey(r => new { r.TenantId, r.AssessmentId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.TenantId, r.ResolvedAt });
    }
}
