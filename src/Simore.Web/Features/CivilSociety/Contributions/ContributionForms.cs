using FluentValidation;
using Microsoft.Extensions.Localization;
using Simore.Core.FollowUp;
using Simore.Core.Localization;
using Simore.Web.Features.Shared;

namespace Simore.Web.Features.CivilSociety.Contributions;

public sealed record CommentForm
{
    /// <summary>The published follow-up entry the comment is about; none: the recommendation as a whole.</summary>
    public long? Entry { get; init; }

    public string Text { get; init; } = string.Empty;

    /// <summary>The organisation the comment is published for; the account's by default.</summary>
    public string? Organisation { get; init; }

    public bool OrganisationOnly { get; init; }
}

public sealed class CommentFormValidator : AbstractValidator<CommentForm>
{
    public const int MaxLength = 4000;

    public CommentFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(f => f.Text).Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage(_ => l["Write your comment."])
            .MaximumLength(MaxLength).WithMessage(_ => l["The text is too long: at most {0} characters.", MaxLength]);
        RuleFor(f => f.Organisation).MaximumLength(200).WithMessage(_ => l["The name of the organisation is too long."]);
        RuleFor(f => f.Organisation).Must(o => !string.IsNullOrWhiteSpace(o)).When(f => f.OrganisationOnly)
            .WithMessage(_ => l["Give the name of your organisation to publish under it only."]);
    }
}

public sealed record AssessmentForm
{
    public ImplementationStatus? AssessedStatus { get; init; }

    public string Text { get; init; } = string.Empty;

    public string? EvidenceUrl { get; init; }

    public string? Organisation { get; init; }

    public bool OrganisationOnly { get; init; }
}

public sealed class AssessmentFormValidator : AbstractValidator<AssessmentForm>
{
    public const int MaxLength = 8000;

    public const int MaxUrlLength = 2000;

    public AssessmentFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(f => f.AssessedStatus).NotNull().WithMessage(_ => l["Choose the status you assess."])
            .IsInEnum().WithMessage(_ => l["Choose the status you assess."]);
        RuleFor(f => f.Text).Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage(_ => l["Explain your assessment."])
            .MaximumLength(MaxLength).WithMessage(_ => l["The text is too long: at most {0} characters.", MaxLength]);
        RuleFor(f => f.EvidenceUrl)
            .MaximumLength(MaxUrlLength).WithMessage(_ => l["The link is too long."])
            .Must(u => WebAddress.IsValid(u!.Trim())).WithMessage(_ => l["The evidence link must be a full web address starting with http:// or https://."])
            .When(f => !string.IsNullOrWhiteSpace(f.EvidenceUrl));
        RuleFor(f => f.Organisation).MaximumLength(200).WithMessage(_ => l["The name of the organisation is too long."]);
        RuleFor(f => f.Organisation).Must(o => !string.IsNullOrWhiteSpace(o)).When(f => f.OrganisationOnly)
            .WithMessage(_ => l["Give the name of your organisation to publish under it only."]);
    }
}

/// <summary>The recommendation a contribution is about, as its forms show it.</summary>
public sealed record RecommendationSummary(long Id, string Reference, string Text, ImplementationStatus? Status);

/// <summary>A published follow-up entry one can comment on.</summary>
public sealed record EntryOption(long Id, string Institution, DateTimeOffset? PublishedAt);

public sealed record CommentPage(RecommendationSummary Recommendation, IReadOnlyList<EntryOption> Entries, CommentForm Form);

public sealed record AssessmentPage(RecommendationSummary Recommendation, AssessmentForm Form);
