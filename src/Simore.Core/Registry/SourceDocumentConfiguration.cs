using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Simore.Core.Data;

namespace Simore.Core.Registry;

internal sealed class SourceDocumentConfiguration : IEntityTypeConfiguration<SourceDocument>
{
    public void Configure(EntityTypeBuilder<SourceDocument> builder)
    {
        builder.HasTenantKey();
        builder.Property(d => d.Symbol).HasMaxLength(100);
        builder.HasIndex(d => new { d.TenantId, d.Symbol }).IsUnique();
        builder.Property(d => d.Title).HasMaxLength(500);
        builder.Property(d => d.Mechanism).HasConversion<string>().HasMaxLength(32);
        builder.Property(d => d.BodyCode).HasMaxLength(16);
        builder.HasOne<Reference.Body>().WithMany().HasForeignKey(d => d.BodyCode).OnDelete(DeleteBehavior.Restrict);
        builder.Property(d => d.Mandate).HasMaxLength(300);
        builder.Property(d => d.Numbering).HasConversion<string>().HasMaxLength(32);
        builder.Property(d => d.Version).IsRowVersion();
        builder.Property(d => d.Language).HasMaxLength(8).HasDefaultValue("en");
    }
}
