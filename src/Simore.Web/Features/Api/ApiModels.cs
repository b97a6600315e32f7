using Simore.Core.FollowUp;
using Simore.Core.Network;
using Simore.Core.Registry;

namespace Simore.Web.Features.Api;

/// <summary>One page of a search of the public recommendations.</summary>
public sealed record ApiRecommendationList(int Total, int Page, int PageSize, IReadOnlyList<ApiRecommendation> Items, ApiLinks Links);

/// <summary>Absolute addresses of this page and its neighbours; null when there is none.</summary>
public sealed record ApiLinks(string Self, string? Next, string? Prev);

/// <summary>
/// A recommendation as the public reads it. Names are in the requested language where the
/// reference data has them; codes never change with the language.
/// </summary>
public record ApiRecommendation(
    long Id,
    string Reference,
    string Paragraph,
    string Text,
    Mechanism Mechanism,
    string Body,
    string BodyName,
    string DocumentSymbol,
    int? Cycle,
    int? Session,
    DateOnly? DocumentDate,
    Position Position,
    IReadOnlyList<ApiState> RecommendingStates,
    IReadOnlyList<ApiCode> Themes,
    IReadOnlyList<ApiCode> AffectedPersons,
    IReadOnlyList<ApiCode> SdgTargets,
    IReadOnlyList<ApiGoal> SdgGoals,
    IReadOnlyList<ApiInstitution> Institutions,
    ImplementationStatus? Status,
    DateTimeOffset? StatusUpdatedAt,
    string Url);

/// <summary>A single recommendation: the same fields, and the follow-up the State has published about it.</summary>
public sealed record ApiRecommendationDetail : ApiRecommendation
{
    public ApiRecommendationDetail(ApiRecommendation recommendation, IReadOnlyList<ApiFollowUp> followUp)
        : base(recommendation)
    {
        FollowUp = followUp;
    }

    public IReadOnlyList<ApiFollowUp> FollowUp { get; init; }
}

/// <summary>A recommending State: ISO 3166-1 alpha-3 code (null when the source's name was not recognised) and name.</summary>
public sealed record ApiState(string? Code, string Name);

public sealed record ApiCode(string Code, string Name);

public sealed record ApiGoal(int Number, string Name);

public sealed record ApiInstitution(long Id, string Name, AssignmentRole Role);

/// <summary>A published follow-up entry: what an institution reported and the administrator published.</summary>
public sealed record ApiFollowUp(
    long Id,
    DateTimeOffset? PublishedAt,
    DateOnly? StartDate,
    DateOnly? EndDate,
    ApiFollowUpInstitution Institution,
    MeasureKind MeasureKind,
    ImplementationStatus Status,
    string Text,
    IReadOnlyList<ApiEvidence> Evidence);

public sealed record ApiFollowUpInstitution(long Id, string Name);

/// <summary>A link given as evidence, or the public address of an uploaded file.</summary>
public sealed record ApiEvidence(string Title, string Url, EvidenceKind Kind);
