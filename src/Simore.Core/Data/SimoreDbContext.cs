using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Simore.Core.Identity;
using Simore.Core.Registry;
using Simore.Core.Tenancy;

namespace Simore.Core.Data;

public sealed class SimoreDbContext(DbContextOptions<SimoreDbContext> options, ITenantContext tenantContext)
    : IdentityDbContext<User, Role, Guid>(options), IDataProtectionKeyContext
{
    /// <summary>Name of the query filter on every tenant-owned entity, so code can lift it alone.</summary>
    public const string TenantFilter = "Tenant";

    public DbSet<Tenant> Tenants => Set<Tenant>();

    public DbSet<Membership> Memberships => Set<Membership>();

    public DbSet<SourceDocument> SourceDocuments => Set<SourceDocument>();

    public DbSet<Recommendation> Recommendations => Set<Recommendation>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Read by the query filters; EF Core evaluates it per query for this context instance.</summary>
    internal int? CurrentTenantId => tenantContext.TenantId;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(SimoreDbContext).Assembly);
        IdentityModel.Configure(builder);
        TenantModel.ApplyTenantFilters(builder, this);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        TenantModel.GuardTenantOwnership(ChangeTracker, tenantContext.TenantId);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        TenantModel.GuardTenantOwnership(ChangeTracker, tenantContext.TenantId);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }
}
