using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Simore.Core.Tenancy;

namespace Simore.Core.Data;

/// <summary>The application half of tenant isolation: key shape, named query filters and the save guard.</summary>
internal static class TenantModel
{
    /// <summary>Key (tenant_id, id) with a store-generated id, and the tenant foreign key.</summary>
    public static void HasTenantKey<T>(this EntityTypeBuilder<T> builder)
        where T : TenantEntity
    {
        builder.HasKey(e => new { e.TenantId, e.Id });
        builder.Property(e => e.Id).UseIdentityByDefaultColumn();
        builder.HasOne<Tenant>().WithMany().HasForeignKey(e => e.TenantId).OnDelete(DeleteBehavior.Restrict);
    }

    public static void ApplyTenantFilters(ModelBuilder builder, SimoreDbContext context)
    {
        foreach (var entityType in builder.Model.GetEntityTypes())
        {
            if (!typeof(ITenantOwned).IsAssignableFrom(entityType.ClrType) || entityType.BaseType is not null)
            {
                continue;
            }

            var row = Expression.Parameter(entityType.ClrType, "row");
            var rowTenant = Expression.Convert(Expression.Property(row, nameof(ITenantOwned.TenantId)), typeof(int?));
            var current = Expression.Property(Expression.Constant(context), nameof(SimoreDbContext.CurrentTenantId));
            var filter = Expression.Lambda(Expression.Equal(rowTenant, current), row);
            builder.Entity(entityType.ClrType).HasQueryFilter(SimoreDbContext.TenantFilter, filter);
        }
    }

    public static void GuardTenantOwnership(ChangeTracker tracker, int? currentTenantId)
    {
        foreach (var entry in tracker.Entries<ITenantOwned>())
        {
            switch (entry.State)
            {
                case EntityState.Added:
                    if (currentTenantId is null)
                    {
                        throw new TenantMismatchException($"Cannot add {entry.Metadata.DisplayName()} without a current tenant.");
                    }

                    if (entry.Entity.TenantId == 0)
                    {
                        entry.Entity.TenantId = currentTenantId.Value;
                    }
                    else if (entry.Entity.TenantId != currentTenantId)
                    {
                        throw new TenantMismatchException(
                            $"Cannot add {entry.Metadata.DisplayName()} of tenant {entry.Entity.TenantId} while tenant {currentTenantId} is current.");
                    }

                    break;
                case EntityState.Modified or EntityState.Deleted:
                    var original = entry.Property(e => e.TenantId).OriginalValue;
                    if (original != currentTenantId || entry.Entity.TenantId != currentTenantId)
                    {
                        throw new TenantMismatchException(
                            $"Cannot change {entry.Metadata.DisplayName()} of tenant {original} while tenant {currentTenantId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(none)"} is current.");
                    }

                    break;
            }
        }
    }
}
