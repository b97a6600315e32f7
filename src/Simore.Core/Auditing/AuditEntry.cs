using Simore.Core.Tenancy;

namespace Simore.Core.Auditing;

/// <summary>One change to an audited record: who, when, and each field before → after (JSON).</summary>
public sealed class AuditEntry : TenantEntity
{
    /// <summary>The audited record's type, e.g. "Recommendation".</summary>
    public required string EntityType { get; set; }

    public long EntityId { get; set; }

    /// <summary>Created, Updated, Deleted, or a domain verb ("Merged", "Imported").</summary>
    public required string Action { get; set; }

    /// <summary>{"field": {"before": …, "after": …}}; child rows appear as "Themes": {"added": […], "removed": […]}.</summary>
    public required string Changes { get; set; }

    public Guid? UserId { get; set; }

    public required string UserName { get; set; }

    public DateTimeOffset At { get; set; }
}
