using Simore.Core.Tenancy;

namespace Simore.Core.Registry;

/// <summary>One recommendation received by the State, keyed by its document and paragraph number.</summary>
public sealed class Recommendation : TenantEntity
{
    public long DocumentId { get; set; }

    public SourceDocument? Document { get; set; }

    /// <summary>Paragraph number inside the document: "140.7", "12 (b)". Unique per document.</summary>
    public required string Paragraph { get; set; }

    /// <summary>Numeric sort key derived from the paragraph, so that 140.10 follows 140.9.</summary>
    public required string SortKey { get; set; }

    /// <summary>The official text, verbatim. Corrections are revisions with a reason, never edits.</summary>
    public required string Text { get; set; }

    public Position Position { get; set; }

    /// <summary>Where the position was given, e.g. "A/HRC/59/15/Add.1 - Para.3".</summary>
    public string? PositionSource { get; set; }

    /// <summary>The recommending States as written in the source (normalised to ISO codes by the registry).</summary>
    public List<string> RecommendingStates { get; set; } = [];

    /// <summary>The theme under which OHCHR listed the recommendation.</summary>
    public string? SourceTheme { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public uint Version { get; set; }
}
