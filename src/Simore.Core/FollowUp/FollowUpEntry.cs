using Simore.Core.Auditing;
using Simore.Core.Network;
using Simore.Core.Tenancy;

namespace Simore.Core.FollowUp;

public enum EntryStatus
{
    Draft = 1,
    Submitted = 2,
    Validated = 3,
    Published = 4,

    /// <summary>Sent back to the focal point with a comment, by the validator or the administrator.</summary>
    Returned = 5,
}

public enum MeasureKind
{
    Law = 1,
    Policy = 2,
    Programme = 3,
    Institutional = 4,
    Budget = 5,
    Awareness = 6,
    Other = 7,
}

/// <summary>How far a recommendation is implemented, as an institution reports it.</summary>
public enum ImplementationStatus
{
    NotStarted = 1,
    InProgress = 2,
    PartiallyImplemented = 3,
    FullyImplemented = 4,
}

/// <summary>
/// What an institution did about one or several recommendations: written by a focal point,
/// validated by the institution's validator, reviewed and published by the administrator.
/// </summary>
public sealed class FollowUpEntry : TenantEntity, IAudited
{
    public long InstitutionId { get; set; }

    public Institution? Institution { get; set; }

    public Guid AuthorId { get; set; }

    public required string AuthorName { get; set; }

    public EntryStatus Status { get; set; } = EntryStatus.Draft;

    /// <summary>What was done, in the tenant's default language, as the focal point wrote it.</summary>
    public required string Text { get; set; }

    /// <summary>The text in other languages: {"fr": "…"}.</summary>
    public Dictionary<string, string> Translations { get; set; } = [];

    /// <summary>The administrator's wording for publication (format and style); the focal point's text is kept.</summary>
    public string? PublishedText { get; set; }

    public MeasureKind MeasureKind { get; set; }

    public DateOnly? StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    public ImplementationStatus ProposedStatus { get; set; }

    public decimal? Budget { get; set; }

    /// <summary>ISO 4217, e.g. EUR.</summary>
    public string? Currency { get; set; }

    public string? Challenges { get; set; }

    public string? TechnicalAssistanceNeeds { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    public uint Version { get; set; }

    public List<EntryRecommendation> Recommendations { get; set; } = [];

    public List<Evidence> Evidence { get; set; } = [];

    public List<EntryTransition> Transitions { get; set; } = [];

    public List<IndicatorValue> IndicatorValues { get; set; } = [];

    /// <summary>The text the public reads: the administrator's wording when there is one.</summary>
    public string PublicText => PublishedText ?? Text;

    /// <summary>
    /// The public text in a language: the administrator's wording when there is one (that is what was
    /// published), else the focal point's translation into that language, else their own text.
    /// </summary>
    public string PublicTextIn(string language) =>
        PublishedText ?? (Translations.GetValueOrDefault(language) is { Length: > 0 } translated ? translated : Text);
}

/// <summary>A recommendation an entry reports on (one entry can cover several).</summary>
public sealed class EntryRecommendation : ITenantOwned
{
    public int TenantId { get; set; }

    public long EntryId { get; set; }

    public long RecommendationId { get; set; }
}

/// <summary>One step of an entry's path, with the comment of whoever returned it.</summary>
public sealed class EntryTransition : TenantEntity
{
    public long EntryId { get; set; }

    public EntryStatus From { get; set; }

    public EntryStatus To { get; set; }

    public string? Comment { get; set; }

    public Guid? UserId { get; set; }

    public required string UserName { get; set; }

    public DateTimeOffset At { get; set; }
}

public enum EvidenceKind
{
    Link = 1,
    File = 2,
}

/// <summary>A link or an uploaded file supporting an entry; files live in the file storage, not the database.</summary>
public sealed class Evidence : TenantEntity
{
    public long EntryId { get; set; }

    public EvidenceKind Kind { get; set; }

    public required string Title { get; set; }

    public string? Url { get; set; }

    public string? FileName { get; set; }

    public string? ContentType { get; set; }

    public long? Size { get; set; }

    public string? StorageKey { get; set; }

    public required string AddedBy { get; set; }

    public DateTimeOffset AddedAt { get; set; }
}
