using Simore.Core.Tenancy;

namespace Simore.Core.Registry;

/// <summary>One recommendation received by the State, keyed by its document and paragraph number.</summary>
public sealed class Recommendation : TenantEntity, Auditing.IAudited
{
    public long DocumentId { get; set; }

    public SourceDocument? Document { get; set; }

    /// <summary>Paragraph number inside the document: "140.7", "12 (b)". Unique per document.</summary>
    public required string Paragraph { get; set; }

    /// <summary>Numeric sort key derived from the paragraph, so that 140.10 follows 140.9.</summary>
    public required string SortKey { get; set; }

    /// <summary>The official text, verbatim. Corrections are revisions with a reason, never silent edits.</summary>
    public required string Text { get; set; }

    /// <summary>An optional short title in the tenant's default language.</summary>
    public string? ShortTitle { get; set; }

    public Position Position { get; set; }

    /// <summary>Where the current position was given, e.g. "A/HRC/59/15/Add.1 - Para.3".</summary>
    public string? PositionSource { get; set; }

    /// <summary>The recommending States as written in the source; <see cref="States"/> holds them resolved.</summary>
    public List<string> RecommendingStates { get; set; } = [];

    /// <summary>The theme under which OHCHR listed the recommendation.</summary>
    public string? SourceTheme { get; set; }

    /// <summary>Tags of the source with no place in the taxonomy (UPR Info issues and action category).</summary>
    public List<string> Keywords { get; set; } = [];

    /// <summary>The source's own identifier, e.g. a UHRI annotation id.</summary>
    public string? ExternalId { get; set; }

    public long? ClusterId { get; set; }

    public Cluster? Cluster { get; set; }

    /// <summary>Set when this recommendation was merged into another as a duplicate; it is kept, not deleted.</summary>
    public long? MergedIntoId { get; set; }

    /// <summary>
    /// The current implementation status: derived from the latest published follow-up (see
    /// docs/status-rule.md), or set by the administrator with a reason. Null: no information.
    /// </summary>
    public FollowUp.ImplementationStatus? Status { get; set; }

    /// <summary>Set when the administrator overrode the derived status; the reason is kept.</summary>
    public string? StatusOverrideReason { get; set; }

    public DateTimeOffset? StatusUpdatedAt { get; set; }

    /// <summary>The published follow-up, gathered for full-text search (kept by the status rule on publication).</summary>
    public string? FollowUpText { get; set; }

    /// <summary>The import that created the recommendation, if one did.</summary>
    public long? ImportBatchId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public uint Version { get; set; }

    public List<RecommendingState> States { get; set; } = [];

    public List<RecommendationTheme> Themes { get; set; } = [];

    public List<RecommendationGroup> Groups { get; set; } = [];

    public List<RecommendationSdgGoal> SdgGoals { get; set; } = [];

    public List<RecommendationSdgTarget> SdgTargets { get; set; } = [];

    public List<RecommendationTranslation> Translations { get; set; } = [];

    public List<RecommendationPart> Parts { get; set; } = [];

    public List<PositionChange> PositionHistory { get; set; } = [];

    public List<RecommendationRevision> Revisions { get; set; } = [];

    public List<Network.Assignment> Assignments { get; set; } = [];

    /// <summary>Document symbol and paragraph: the key a person quotes ("A/HRC/59/15 140.7").</summary>
    public string Reference => Document is null ? Paragraph : $"{Document.Symbol} {Paragraph}";
}
