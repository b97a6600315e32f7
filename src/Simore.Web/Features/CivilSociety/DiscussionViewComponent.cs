using Microsoft.AspNetCore.Mvc;
using Simore.Core.FollowUp;

namespace Simore.Web.Features.CivilSociety;

/// <summary>
/// Civil society's part of a recommendation's public page: approved independent assessments beside
/// the State's status, approved comments, and plain links to take part. It reads no user and writes
/// no cookie, so the page that shows it can be cached for everyone. The page reads its model with the
/// rest of the recommendation (<see cref="PublicDiscussion"/>) and passes it in.
/// </summary>
public sealed class DiscussionViewComponent : ViewComponent
{
    public IViewComponentResult Invoke(DiscussionModel model) => View(model);
}

public sealed record DiscussionModel(
    long RecommendationId,
    ImplementationStatus? StateStatus,
    IReadOnlyList<PublicAssessment> Assessments,
    IReadOnlyList<PublicComment> Comments,
    IReadOnlyDictionary<long, EntryLabel> Entries);

/// <summary>An approved assessment as the public sees it: Author is the organisation alone when the author asked for it.</summary>
public sealed record PublicAssessment(long Id, string Author, string? Organisation, ImplementationStatus AssessedStatus, string Text, string? EvidenceUrl, DateTimeOffset CreatedAt);

public sealed record PublicComment(long Id, string Author, string? Organisation, string Text, DateTimeOffset CreatedAt, long? EntryId);

public sealed record EntryLabel(string Institution, DateTimeOffset? PublishedAt);
