using FluentValidation;
using Microsoft.Extensions.Localization;
using Simore.Core.FollowUp;
using Simore.Core.Localization;
using Simore.Core.Network;

namespace Simore.Web.Features.Registry;

public sealed record AssignForm
{
    public long? InstitutionId { get; init; }

    public AssignmentRole Role { get; init; } = AssignmentRole.Lead;

    public DateOnly? Deadline { get; init; }

    public Priority Priority { get; init; } = Priority.Normal;
}

public sealed class AssignFormValidator : AbstractValidator<AssignForm>
{
    public AssignFormValidator(IStringLocalizer<SharedResource> l) =>
        RuleFor(f => f.InstitutionId).NotNull().WithMessage(_ => l["Choose an institution."]);
}

public sealed record StatusOverrideForm
{
    /// <summary>Empty: "no information".</summary>
    public ImplementationStatus? Status { get; init; }

    public string Reason { get; init; } = string.Empty;
}

public sealed class StatusOverrideFormValidator : AbstractValidator<StatusOverrideForm>
{
    public StatusOverrideFormValidator(IStringLocalizer<SharedResource> l) =>
        RuleFor(f => f.Reason).NotEmpty().WithMessage(_ => l["Give the reason for setting the status by hand."])
            .MaximumLength(1000).WithMessage(_ => l["The reason is too long."]);
}

public sealed record IndicatorForm
{
    public string Title { get; init; } = string.Empty;

    public string? Unit { get; init; }

    public decimal? Baseline { get; init; }

    public int? BaselineYear { get; init; }

    public decimal? Target { get; init; }

    public int? TargetYear { get; init; }

    public Frequency Frequency { get; init; } = Frequency.Yearly;

    public string? Source { get; init; }

    public string? SdgIndicator { get; init; }

    /// <summary>For every recommendation of the cluster, rather than this one only.</summary>
    public bool ForCluster { get; init; }
}

public sealed class IndicatorFormValidator : AbstractValidator<IndicatorForm>
{
    public IndicatorFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(f => f.Title).NotEmpty().WithMessage(_ => l["Enter what the indicator measures."])
            .MaximumLength(500).WithMessage(_ => l["The title is too long."]);
        RuleFor(f => f.Unit).MaximumLength(50).WithMessage(_ => l["The unit is too long."]);
        RuleFor(f => f.Source).MaximumLength(500).WithMessage(_ => l["The source is too long."]);
        RuleFor(f => f.BaselineYear).InclusiveBetween(1945, 2100).When(f => f.BaselineYear is not null).WithMessage(_ => l["Enter a year such as 2024."]);
        RuleFor(f => f.TargetYear).InclusiveBetween(1945, 2100).When(f => f.TargetYear is not null).WithMessage(_ => l["Enter a year such as 2024."]);
        RuleFor(f => f.SdgIndicator).Matches(@"^\d{1,2}\.[0-9a-z]{1,2}\.\d{1,2}$").When(f => !string.IsNullOrWhiteSpace(f.SdgIndicator))
            .WithMessage(_ => l["Enter an SDG indicator such as 5.3.1."]);
    }
}

public sealed record IndicatorValueForm
{
    public decimal? Value { get; init; }

    public DateOnly? ObservedOn { get; init; }

    public string? Note { get; init; }
}

public sealed class IndicatorValueFormValidator : AbstractValidator<IndicatorValueForm>
{
    public IndicatorValueFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(f => f.Value).NotNull().WithMessage(_ => l["Enter the value."]);
        RuleFor(f => f.ObservedOn).NotNull().WithMessage(_ => l["Enter the date of the value."]);
        RuleFor(f => f.Note).MaximumLength(1000).WithMessage(_ => l["The note is too long."]);
    }
}
