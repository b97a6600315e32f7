using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Simore.Core.Data;
using Simore.Core.Identity;
using Simore.Core.Registry;

namespace Simore.Core.Network;

internal sealed class NetworkConfigurations :
    IEntityTypeConfiguration<Institution>,
    IEntityTypeConfiguration<WorkingGroup>,
    IEntityTypeConfiguration<WorkingGroupInstitution>,
    IEntityTypeConfiguration<WorkingGroupMember>,
    IEntityTypeConfiguration<WorkingGroupCluster>,
    IEntityTypeConfiguration<Meeting>,
    IEntityTypeConfiguration<MeetingAttendance>,
    IEntityTypeConfiguration<Assignment>
{
    public void Configure(EntityTypeBuilder<Institution> builder)
    {
        builder.HasTenantKey();
        builder.Property(i => i.Name).HasMaxLength(300);
        builder.Property(i => i.NameTranslations).HasColumnType("jsonb")
            .HasConversion(JsonColumn.Converter<Dictionary<string, string>>(), JsonColumn.Comparer<Dictionary<string, string>>());
        builder.Property(i => i.Acronym).HasMaxLength(32);
        builder.Property(i => i.Branch).HasConversion<string>().HasMaxLength(32);
        builder.Property(i => i.Version).IsRowVersion();
        builder.HasOne(i => i.Parent).WithMany().HasForeignKey(i => new { i.TenantId, i.ParentId }).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => new { i.TenantId, i.Name }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<WorkingGroup> builder)
    {
        builder.HasTenantKey();
        builder.Property(g => g.Name).HasMaxLength(200);
        builder.Property(g => g.Description).HasMaxLength(2000);
        builder.Property(g => g.Version).IsRowVersion();
        builder.HasIndex(g => new { g.TenantId, g.Name }).IsUnique();
        builder.HasMany(g => g.Institutions).WithOne().HasForeignKey(x => new { x.TenantId, x.WorkingGroupId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(g => g.Members).WithOne().HasForeignKey(x => new { x.TenantId, x.WorkingGroupId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(g => g.Clusters).WithOne().HasForeignKey(x => new { x.TenantId, x.WorkingGroupId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(g => g.Meetings).WithOne().HasForeignKey(x => new { x.TenantId, x.WorkingGroupId }).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<WorkingGroupInstitution> builder)
    {
        builder.ToTable("working_group_institutions");
        builder.HasKey(x => new { x.TenantId, x.WorkingGroupId, x.InstitutionId });
        builder.HasOne<Institution>().WithMany().HasForeignKey(x => new { x.TenantId, x.InstitutionId }).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<WorkingGroupMember> builder)
    {
        builder.ToTable("working_group_members");
        builder.HasKey(x => new { x.TenantId, x.WorkingGroupId, x.UserId });
        builder.HasOne<User>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<WorkingGroupCluster> builder)
    {
        builder.ToTable("working_group_clusters");
        builder.HasKey(x => new { x.TenantId, x.WorkingGroupId, x.ClusterId });
        builder.HasOne<Cluster>().WithMany().HasForeignKey(x => new { x.TenantId, x.ClusterId }).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<Meeting> builder)
    {
        builder.HasTenantKey();
        builder.Property(m => m.Location).HasMaxLength(300);
        builder.Property(m => m.OtherAttendees).HasMaxLength(2000);
        builder.Property(m => m.Version).IsRowVersion();
        builder.HasMany(m => m.Attendance).WithOne().HasForeignKey(x => new { x.TenantId, x.MeetingId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.TenantId, m.WorkingGroupId, m.StartsAt });
    }

    public void Configure(EntityTypeBuilder<MeetingAttendance> builder)
    {
        builder.ToTable("meeting_attendance");
        builder.HasKey(x => new { x.TenantId, x.MeetingId, x.UserId });
        builder.HasOne<User>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<Assignment> builder)
    {
        builder.HasTenantKey();
        builder.Property(a => a.Role).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.Priority).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.AssignedBy).HasMaxLength(200);
        builder.HasOne<Recommendation>().WithMany(r => r.Assignments).HasForeignKey(a => new { a.TenantId, a.RecommendationId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Institution).WithMany().HasForeignKey(a => new { a.TenantId, a.InstitutionId }).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.TenantId, a.RecommendationId, a.InstitutionId }).IsUnique();
        builder.HasIndex(a => new { a.TenantId, a.InstitutionId });
    }
}
