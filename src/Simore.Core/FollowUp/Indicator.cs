using Simore.Core.Auditing;
using Simore.Core.Tenancy;

namespace Simore.Core.FollowUp;

public enum Frequency
{
    Monthly = 1,
    Quarterly = 2,
    Yearly = 3,
    Once = 4,
}

/// <summary>A SMART indicator for a recommendation or a cluster; an SDG indicator (e.g. 5.3.1) can be reused.</summary>
public sealed class Indicator : TenantEntity, IAudited
{
    public long? RecommendationId { get; set; }

    public long? ClusterId { get; set; }

    public required string Title { get; set; }

    public string? Unit { get; set; }

    public decimal? Baseline { get; set; }

    public int? BaselineYear { get; set; }

    public decimal? Target { get; set; }

    public int? TargetYear { get; set; }

    public Frequency Frequency { get; set; } = Frequency.Yearly;

    public string? Source { get; set; }

    /// <summary>An SDG indicator this one reuses, e.g. "5.3.1".</summary>
    public string? SdgIndicator { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public uint Version { get; set; }

    public List<IndicatorValue> Values { get; set; } = [];
}

/// <summary>A value of an indicator at a date, reported with a follow-up entry or by the administrator.</summary>
public sealed class IndicatorValue : TenantEntity
{
    public long IndicatorId { get; set; }

    public long? EntryId { get; set; }

    public decimal Value { get; set; }

    public DateOnly ObservedOn { get; set; }

    public string? Note { get; set; }

    public required string RecordedBy { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
}
