namespace Simore.Core.Tenancy;

/// <summary>
/// A row that belongs to one tenant. Its table has <c>tenant_id</c> first in its primary key and in every
/// foreign key to another tenant-owned table, a named query filter, and a row-level security policy.
/// </summary>
public interface ITenantOwned
{
    int TenantId { get; set; }
}
