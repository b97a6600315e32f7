using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Simore.Core.Data;
using Simore.Core.Localization;
using Simore.Core.Registry;
using Simore.Core.Reports;

namespace Simore.Web.Features.Reports;

/// <summary>What the drafter asks for on the report page.</summary>
public sealed record ReportForm
{
    public ReportKind Kind { get; init; } = ReportKind.National;

    public ReportFormat Format { get; init; } = ReportFormat.Pdf;

    public string Language { get; init; } = Languages.Default;

    public int? Cycle { get; init; }

    public List<long> ClusterIds { get; init; } = [];

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public bool IncludeUnpublished { get; init; }

    public long? InstitutionId { get; init; }

    public int? Session { get; init; }

    public string? Methodology { get; init; }

    public ReportOptions ToOptions() => new()
    {
        Cycle = Cycle,
        ClusterIds = ClusterIds.Distinct().Order().ToList(),
        From = From,
        To = To,
        IncludeUnpublished = IncludeUnpublished,
        Language = Language,
        InstitutionId = Kind == ReportKind.Institution ? InstitutionId : null,
        Session = Kind == ReportKind.National ? Session : null,
        Methodology = Kind is ReportKind.National or ReportKind.MidTerm && !string.IsNullOrWhiteSpace(Methodology) ? Methodology.Trim() : null,
    };
}

public sealed class ReportFormValidator : AbstractValidator<ReportForm>
{
    public ReportFormValidator(IStringLocalizer<SharedResource> l, SimoreDbContext db)
    {
        RuleFor(f => f.Kind).IsInEnum().WithMessage(_ => l["Choose the kind of report."]);
        RuleFor(f => f.Format).Must((form, format) => ReportFormats.Allows(form.Kind, format))
            .WithMessage(_ => l["Reports are made as PDF or Word; the implementation matrix as Excel or CSV."]);
        RuleFor(f => f.Language).Must(Languages.IsSupported).WithMessage(_ => l["Choose one of the six languages."]);
        RuleFor(f => f.To).Must((form, to) => form.From is null || to is null || form.From <= to)
            .WithMessage(_ => l["The end of the period comes before its start."]);
        RuleFor(f => f.Session).InclusiveBetween(1, 200).When(f => f.Session is not null)
            .WithMessage(_ => l["The session is a number from 1 to 200."]);
        RuleFor(f => f.Methodology).MaximumLength(ReportOptions.MaxMethodologyLength)
            .WithMessage(_ => l["The methodology text is too long."]);
        RuleFor(f => f.InstitutionId).NotNull().When(f => f.Kind == ReportKind.Institution)
            .WithMessage(_ => l["Choose the institution of the report."]);
        RuleFor(f => f.InstitutionId)
            .MustAsync(async (id, cancellationToken) => await db.Institutions.AnyAsync(i => i.Id == id, cancellationToken))
            .When(f => f.Kind == ReportKind.Institution && f.InstitutionId is not null)
            .WithMessage(_ => l["Choose the institution of the report."]);
        RuleFor(f => f.ClusterIds)
            .MustAsync(async (ids, cancellationToken) => await db.Clusters.CountAsync(c => ids.Contains(c.Id), cancellationToken) == ids.Distinct().Count())
            .When(f => f.ClusterIds.Count > 0)
            .WithMessage(_ => l["Choose clusters from the list."]);
        RuleFor(f => f.Cycle)
            .MustAsync(async (cycle, cancellationToken) => await db.SourceDocuments.AnyAsync(d => d.Mechanism == Mechanism.Upr && d.Cycle == cycle, cancellationToken))
            .When(f => f.Cycle is not null)
            .WithMessage(_ => l["No recommendations of this cycle are in the registry."]);
    }
}
