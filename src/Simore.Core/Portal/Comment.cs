using Simore.Core.Tenancy;

namespace Simore.Core.Portal;

public enum ModerationStatus
{
    /// <summary>Waiting in the administrator's queue; not public.</summary>
    Pending = 1,
    Approved = 2,
    Rejected = 3,

    /// <summary>Approved once, then taken down (after an abuse report, for example).</summary>
    Hidden = 4,
}

/// <summary>A public comment by a registered civil-society user on a recommendation or on a published follow-up entry.</summary>
public sealed class Comment : TenantEntity
{
    public long RecommendationId { get; set; }

    /// <summary>Set when the comment is about one published follow-up entry of the recommendation.</summary>
    public long? EntryId { get; set; }

    public Guid AuthorId { get; set; }

    /// <summary>The name shown: the person, or only their organisation when they ask for it.</summary>
    public required string DisplayName { get; set; }

    public string? Organisation { get; set; }

    /// <summary>Shown as the organisation only, to protect people at risk of reprisal.</summary>
    public bool OrganisationOnly { get; set; }

    /// <summary>Plain text; links are recognised when shown, nothing else is interpreted.</summary>
    public required string Text { get; set; }

    public ModerationStatus Status { get; set; } = ModerationStatus.Pending;

    public string? ModerationReason { get; set; }

    public string? ModeratedBy { get; set; }

    public DateTimeOffset? ModeratedAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public uint Version { get; set; }
}

/// <summary>
/// An independent assessment of a recommendation's implementation by civil society or the national
/// human rights institution, shown beside the State's status and labelled as such.
/// </summary>
public sealed class Assessment : TenantEntity
{
    public long RecommendationId { get; set; }

    public Guid AuthorId { get; set; }

    public required string DisplayName { get; set; }

    public string? Organisation { get; set; }

    public bool OrganisationOnly { get; set; }

    public FollowUp.ImplementationStatus AssessedStatus { get; set; }

    public required string Text { get; set; }

    public string? EvidenceUrl { get; set; }

    public ModerationStatus Status { get; set; } = ModerationStatus.Pending;

    public string? ModerationReason { get; set; }

    public string? ModeratedBy { get; set; }

    public DateTimeOffset? ModeratedAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public uint Version { get; set; }
}

/// <summary>A visitor's report that a published comment or assessment is abusive.</summary>
public sealed class AbuseReport : TenantEntity
{
    public long? CommentId { get; set; }

    public long? AssessmentId { get; set; }

    public required string Reason { get; set; }

    /// <summary>Who reported, when signed in; anonymous reports are rate-limited by address instead.</summary>
    public Guid? ReporterId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ResolvedAt { get; set; }

    public string? ResolvedBy { get; set; }
}
