using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Simore.Core.Data;

namespace Simore.Core.Tenancy;

/// <summary>Looks tenants up by slug or host name, with a short cache (tenants change rarely).</summary>
public sealed class TenantStore(SimoreDbContext db, IMemoryCache cache)
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

    public async Task<Tenant?> FindBySlugAsync(string slug, CancellationToken cancellationToken = default)
    {
        var key = "tenant:slug:" + slug.ToLowerInvariant();
        if (cache.TryGetValue(key, out Tenant? tenant))
        {
            return tenant;
        }

        var normalized = slug.ToLowerInvariant();
        tenant = await db.Tenants.AsNoTracking().FirstOrDefaultAsync(t => t.Slug == normalized && t.IsActive, cancellationToken);
        cache.Set(key, tenant, CacheFor);
        return tenant;
    }

    public async Task<Tenant?> FindByHostAsync(string host, CancellationToken cancellationToken = default)
    {
        var key = "tenant:host:" + host.ToLowerInvariant();
        if (cache.TryGetValue(key, out Tenant? tenant))
        {
            return tenant;
        }

        var normalized = host.ToLowerInvariant();
        tenant = await db.Tenants.AsNoTracking().FirstOrDefaultAsync(t => t.HostName == normalized && t.IsActive, cancellationToken);
        cache.Set(key, tenant, CacheFor);
        return tenant;
    }

    /// <summary>Forget cached entries after a tenant is created or changed in this process.</summary>
    public void Invalidate(Tenant tenant)
    {
        cache.Remove("tenant:slug:" + tenant.Slug.ToLowerInvariant());
        if (tenant.HostName is not null)
        {
            cache.Remove("tenant:host:" + tenant.HostName.ToLowerInvariant());
        }
    }
}
