using Simore.Core.Tenancy;

namespace Simore.Core.Registry;

public enum LinkKind
{
    /// <summary>The same concern, from another mechanism (a CEDAW observation beside a UPR recommendation).</summary>
    Related = 1,

    /// <summary>"As previously recommended": the same recommendation in an earlier cycle.</summary>
    PreviouslyRecommended = 2,

    /// <summary>A duplicate merged into the canonical recommendation; the original is kept.</summary>
    Duplicate = 3,
}

public enum LinkStatus
{
    Proposed = 1,
    Confirmed = 2,
    Rejected = 3,
}

/// <summary>A link between two recommendations of the same State, proposed by similarity or made by hand.</summary>
public sealed class RecommendationLink : TenantEntity
{
    public long FromId { get; set; }

    public long ToId { get; set; }

    public LinkKind Kind { get; set; }

    public LinkStatus Status { get; set; }

    /// <summary>Text similarity (0–1) when the link was proposed automatically.</summary>
    public double? Score { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string? DecidedBy { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }
}

public enum SuggestionKind
{
    Theme = 1,
    Group = 2,
    SdgGoal = 3,
}

/// <summary>A theme, group or SDG suggested for an untagged recommendation from its most similar tagged ones.</summary>
public sealed class TagSuggestion : TenantEntity
{
    public long RecommendationId { get; set; }

    public SuggestionKind Kind { get; set; }

    public required string Code { get; set; }

    public double Score { get; set; }

    public LinkStatus Status { get; set; }

    public string? DecidedBy { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }
}
