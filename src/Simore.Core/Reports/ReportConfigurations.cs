using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Simore.Core.Data;

namespace Simore.Core.Reports;

internal sealed class ReportConfigurations : IEntityTypeConfiguration<ReportRequest>
{
    public void Configure(EntityTypeBuilder<ReportRequest> builder)
    {
        builder.HasTenantKey();
        builder.ToTable("report_requests");
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Format).HasConversion<string>().HasMaxLength(8);
        builder.Property(r => r.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Options).HasColumnType("jsonb")
            .HasConversion(JsonColumn.Converter<ReportOptions>(), JsonColumn.Comparer<ReportOptions>());
        builder.Property(r => r.Language).HasMaxLength(8);
        builder.Property(r => r.RequestedByName).HasMaxLength(200);
        builder.Property(r => r.Error).HasMaxLength(500);
        builder.Property(r => r.ErrorDetail).HasMaxLength(2000);
        builder.Property(r => r.FileKey).HasMaxLength(200);
        builder.Property(r => r.FileName).HasMaxLength(200);
        builder.Property(r => r.Version).IsRowVersion();
        builder.HasOne<Identity.User>().WithMany().HasForeignKey(r => r.RequestedById).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(r => new { r.TenantId, r.RequestedAt });
    }
}
