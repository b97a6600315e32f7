using Simore.Core.Data;
using Simore.Core.Identity;
using Simore.Core.Portal;

namespace Simore.Web.Features.CivilSociety.Contributions;

/// <summary>
/// Stores a comment or an assessment exactly as typed, waiting for moderation. The author's name
/// and organisation are copied, so what was published keeps the name it was published under.
/// </summary>
public sealed class ContributionHandler(SimoreDbContext db, TimeProvider clock)
{
    public async Task<Comment> AddCommentAsync(User author, long recommendationId, CommentForm form, CancellationToken cancellationToken)
    {
        var comment = new Comment
        {
            RecommendationId = recommendationId,
            EntryId = form.Entry,
            AuthorId = author.Id,
            DisplayName = Clip(author.DisplayName),
            Organisation = OrganisationOf(form.Organisation),
            OrganisationOnly = form.OrganisationOnly && OrganisationOf(form.Organisation) is not null,
            Text = form.Text,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Comments.Add(comment);
        await db.SaveChangesAsync(cancellationToken);
        return comment;
    }

    public async Task<Assessment> AddAssessmentAsync(User author, long recommendationId, AssessmentForm form, CancellationToken cancellationToken)
    {
        var assessment = new Assessment
        {
            RecommendationId = recommendationId,
            AuthorId = author.Id,
            DisplayName = Clip(author.DisplayName),
            Organisation = OrganisationOf(form.Organisation),
            OrganisationOnly = form.OrganisationOnly && OrganisationOf(form.Organisation) is not null,
            AssessedStatus = form.AssessedStatus!.Value,
            Text = form.Text,
            EvidenceUrl = string.IsNullOrWhiteSpace(form.EvidenceUrl) ? null : form.EvidenceUrl.Trim(),
            CreatedAt = clock.GetUtcNow(),
        };
        db.Assessments.Add(assessment);
        await db.SaveChangesAsync(cancellationToken);
        return assessment;
    }

    private static string? OrganisationOf(string? typed) => string.IsNullOrWhiteSpace(typed) ? null : Clip(typed.Trim());

    /// <summary>The copies have the columns' length; an account's fields may be longer.</summary>
    private static string Clip(string value) => value.Length > 200 ? value[..200] : value;
}
