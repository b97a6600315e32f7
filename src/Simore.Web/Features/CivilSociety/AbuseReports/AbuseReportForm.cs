using FluentValidation;
using Microsoft.Extensions.Localization;
using Simore.Core.Localization;

namespace Simore.Web.Features.CivilSociety.AbuseReports;

public sealed record AbuseReportForm
{
    public long? Comment { get; init; }

    public long? Assessment { get; init; }

    public string Reason { get; init; } = string.Empty;
}

public sealed class AbuseReportFormValidator : AbstractValidator<AbuseReportForm>
{
    public const int MaxLength = 1000;

    public AbuseReportFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(f => f.Reason).Must(r => !string.IsNullOrWhiteSpace(r)).WithMessage(_ => l["Say what is wrong with it."])
            .MaximumLength(MaxLength).WithMessage(_ => l["The text is too long: at most {0} characters.", MaxLength]);
    }
}

/// <summary>The published item a visitor reports, as the form shows it (with the name the public sees).</summary>
public sealed record ReportedItem(ContributionKind Kind, long Id, long RecommendationId, string Author, string Text);

public sealed record AbuseReportPage(ReportedItem Item, AbuseReportForm Form);
