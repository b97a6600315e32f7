namespace Simore.Core.Tenancy;

/// <summary>Base for tenant-owned rows with a store-generated id; the key is (TenantId, Id).</summary>
public abstract class TenantEntity : ITenantOwned
{
    public int TenantId { get; set; }

    public long Id { get; set; }
}
