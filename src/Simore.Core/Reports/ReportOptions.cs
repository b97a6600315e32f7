namespace Simore.Core.Reports;

/// <summary>
/// What a drafter asked for; stored with the request as JSON so that a retry or a preview builds the
/// same document. Empty lists and nulls mean "no restriction".
/// </summary>
public sealed record ReportOptions
{
    public const int MaxMethodologyLength = 20_000;

    /// <summary>The UPR cycle reported on; null: the latest cycle (national and mid-term) or every recommendation (matrix, institution).</summary>
    public int? Cycle { get; init; }

    public IReadOnlyList<long> ClusterIds { get; init; } = [];

    /// <summary>Follow-up reported from this day (inclusive).</summary>
    public DateOnly? From { get; init; }

    /// <summary>Follow-up reported up to this day (inclusive).</summary>
    public DateOnly? To { get; init; }

    /// <summary>Also submitted and validated follow-up, marked as not yet published. Never drafts.</summary>
    public bool IncludeUnpublished { get; init; }

    /// <summary>Language of the headings and labels (and of the texts, where a translation exists).</summary>
    public string Language { get; init; } = Localization.Languages.Default;

    /// <summary>The institution of an institution progress report.</summary>
    public long? InstitutionId { get; init; }

    /// <summary>The Working Group session of the coming review, for the document symbol; unknown: a placeholder.</summary>
    public int? Session { get; init; }

    /// <summary>The drafter's own account of the methodology and consultations; empty: a paragraph built from the data.</summary>
    public string? Methodology { get; init; }
}
