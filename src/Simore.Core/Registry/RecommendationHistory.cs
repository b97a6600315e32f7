using Simore.Core.Tenancy;

namespace Simore.Core.Registry;

/// <summary>A correction of the official text: the text before, the reason, who and when.</summary>
public sealed class RecommendationRevision : TenantEntity, IRecommendationPart
{
    public long RecommendationId { get; set; }

    public required string PreviousText { get; set; }

    public required string NewText { get; set; }

    public required string Reason { get; set; }

    public required string RecordedBy { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
}

/// <summary>One step of a recommendation's (or a part's) position history: pending → decided, noted → supported at mid-term.</summary>
public sealed class PositionChange : TenantEntity, IRecommendationPart
{
    public long RecommendationId { get; set; }

    public long? PartId { get; set; }

    public Position Position { get; set; }

    /// <summary>e.g. "A/HRC/59/15/Add.1 - Para.3" or "Mid-term report 2027".</summary>
    public string? Source { get; set; }

    /// <summary>When the State took the position, when known.</summary>
    public DateOnly? DecidedOn { get; set; }

    public string? Note { get; set; }

    public required string RecordedBy { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
}

/// <summary>A part of a multi-action recommendation, with its own position and classification.</summary>
public sealed class RecommendationPart : TenantEntity, IRecommendationPart
{
    public long RecommendationId { get; set; }

    /// <summary>"a", "b", … or "1", "2".</summary>
    public required string Label { get; set; }

    public required string Text { get; set; }

    public Position Position { get; set; }

    public List<string> ThemeCodes { get; set; } = [];

    public List<string> GroupCodes { get; set; } = [];

    public uint Version { get; set; }
}
