namespace Simore.Core.Tenancy;

/// <summary>The tenant of the current request or job. Scoped; set once, before any data access.</summary>
public interface ITenantContext
{
    Tenant? Tenant { get; }

    int? TenantId { get; }

    void Use(Tenant tenant);

    /// <summary>For jobs and commands that only know the id.</summary>
    void Use(int tenantId);

    void Clear();
}

public sealed class TenantContext : ITenantContext
{
    public Tenant? Tenant { get; private set; }

    public int? TenantId { get; private set; }

    public void Use(Tenant tenant)
    {
        Tenant = tenant;
        TenantId = tenant.Id;
    }

    public void Use(int tenantId)
    {
        if (Tenant is not null && Tenant.Id != tenantId)
        {
            Tenant = null;
        }

        TenantId = tenantId;
    }

    public void Clear()
    {
        Tenant = null;
        TenantId = null;
    }
}
