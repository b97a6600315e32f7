using Simore.Core.Tenancy;

namespace Simore.Core.Network;

public enum AssignmentRole
{
    Lead = 1,
    Contributing = 2,
}

public enum Priority
{
    Low = 1,
    Normal = 2,
    High = 3,
}

/// <summary>An institution responsible for a recommendation, as lead or contributor, with a deadline.</summary>
public sealed class Assignment : TenantEntity, Registry.IRecommendationPart
{
    public long RecommendationId { get; set; }

    public long InstitutionId { get; set; }

    public Institution? Institution { get; set; }

    public AssignmentRole Role { get; set; }

    /// <summary>By default the State's next review.</summary>
    public DateOnly? Deadline { get; set; }

    public Priority Priority { get; set; } = Priority.Normal;

    public DateTimeOffset AssignedAt { get; set; }

    public required string AssignedBy { get; set; }
}
