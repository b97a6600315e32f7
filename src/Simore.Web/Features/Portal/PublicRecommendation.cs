using Simore.Core.FollowUp;
using Simore.Core.Network;
using Simore.Core.Portal;
using Simore.Core.Registry;
using Simore.Web.Features.CivilSociety;

namespace Simore.Web.Features.Portal;

/// <summary>Everything the public page of one recommendation shows, read in one round trip.</summary>
public sealed record PublicRecommendation(
    RecommendationDetail Recommendation,
    IReadOnlyList<PublicEntry> Entries,
    IReadOnlyList<RelatedRecommendation> Related,
    MergedTarget? MergedInto,
    DiscussionModel Discussion);

/// <summary>
/// A recommendation as the public reads it; names of institutions and of the cluster are already in
/// the reader's language, codes (countries, themes, groups, targets) are named by the view.
/// </summary>
public sealed record RecommendationDetail(
    long Id,
    string Paragraph,
    string Text,
    string Symbol,
    Mechanism Mechanism,
    int? Cycle,
    IReadOnlyList<string> RecommendingStates,
    IReadOnlyList<string> States,
    Position Position,
    string? PositionSource,
    ImplementationStatus? Status,
    DateTimeOffset? StatusUpdatedAt,
    long? ClusterId,
    string? Cluster,
    IReadOnlyList<string> Themes,
    IReadOnlyList<string> Groups,
    IReadOnlyList<int> SdgGoals,
    IReadOnlyList<string> SdgTargets,
    IReadOnlyList<PublicAssignment> Assignments,
    IReadOnlyList<PublicPositionChange> PositionHistory);

public sealed record PublicAssignment(string Institution, AssignmentRole Role);

public sealed record PublicPositionChange(Position Position, string? Source, DateOnly? DecidedOn);

/// <summary>A published follow-up entry: its public text in the reader's language, and its evidence.</summary>
public sealed record PublicEntry(
    long Id,
    DateTimeOffset? PublishedAt,
    string Institution,
    MeasureKind MeasureKind,
    ImplementationStatus ProposedStatus,
    string Text,
    IReadOnlyList<PublicEvidence> Evidence);

public sealed record PublicEvidence(long Id, EvidenceKind Kind, string Title, string? Url);

/// <summary>The recommendation a merged duplicate became: its id and the reference a person quotes.</summary>
public sealed record MergedTarget(long Id, string Reference);
