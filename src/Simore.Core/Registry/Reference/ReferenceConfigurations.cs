using Microsoft.EntityFrameworkCore;

namespace Simore.Core.Registry.Reference;

internal static class ReferenceConfigurations
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<Country>(b =>
        {
            b.ToTable("countries");
            b.HasKey(c => c.Code);
            b.Property(c => c.Code).HasMaxLength(3);
            b.Property(c => c.Iso2).HasMaxLength(2);
            b.Property(c => c.Names).HasColumnType("jsonb");
        });
        builder.Entity<Body>(b =>
        {
            b.ToTable("bodies");
            b.HasKey(c => c.Code);
            b.Property(c => c.Code).HasMaxLength(16);
            b.Property(c => c.Mechanism).HasConversion<string>().HasMaxLength(32);
            b.Property(c => c.Numbering).HasConversion<string>().HasMaxLength(32);
            b.Property(c => c.Names).HasColumnType("jsonb");
        });
        builder.Entity<Theme>(b =>
        {
            b.ToTable("themes");
            b.HasKey(c => c.Code);
            b.Property(c => c.Code).HasMaxLength(64);
            b.Property(c => c.ThemeGroup).HasMaxLength(100);
            b.Property(c => c.Names).HasColumnType("jsonb");
        });
        builder.Entity<PersonGroup>(b =>
        {
            b.ToTable("person_groups");
            b.HasKey(c => c.Code);
            b.Property(c => c.Code).HasMaxLength(64);
            b.Property(c => c.Names).HasColumnType("jsonb");
        });
        builder.Entity<SdgGoal>(b =>
        {
            b.ToTable("sdg_goals");
            b.HasKey(c => c.Number);
            b.Property(c => c.Number).ValueGeneratedNever();
            b.Property(c => c.Names).HasColumnType("jsonb");
            b.Property(c => c.Titles).HasColumnType("jsonb");
        });
        builder.Entity<SdgTarget>(b =>
        {
            b.ToTable("sdg_targets");
            b.HasKey(c => c.Code);
            b.Property(c => c.Code).HasMaxLength(8);
            b.Property(c => c.Texts).HasColumnType("jsonb");
            b.HasOne<SdgGoal>().WithMany().HasForeignKey(c => c.Goal).OnDelete(DeleteBehavior.Restrict);
        });
    }
}
