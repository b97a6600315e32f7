using FluentValidation;
using Microsoft.Extensions.Localization;
using Simore.Core.FollowUp;
using Simore.Core.Localization;

namespace Simore.Web.Features.Work;

/// <summary>What a focal point reports: for one recommendation or several at once.</summary>
public sealed record EntryForm
{
    public uint Version { get; init; }

    public long? InstitutionId { get; init; }

    public List<long> RecommendationIds { get; init; } = [];

    /// <summary>What was done, by language; the tenant's default language is required.</summary>
    public Dictionary<string, string> Texts { get; init; } = [];

    public MeasureKind MeasureKind { get; init; } = MeasureKind.Policy;

    public DateOnly? StartDate { get; init; }

    public DateOnly? EndDate { get; init; }

    public ImplementationStatus ProposedStatus { get; init; } = ImplementationStatus.InProgress;

    public decimal? Budget { get; init; }

    public string? Currency { get; init; }

    public string? Challenges { get; init; }

    public string? TechnicalAssistanceNeeds { get; init; }

    public List<IndicatorInput> Indicators { get; init; } = [];

    public static EntryForm From(FollowUpEntry e, string defaultLanguage) => new()
    {
        Version = e.Version,
        InstitutionId = e.InstitutionId,
        RecommendationIds = e.Recommendations.Select(r => r.RecommendationId).ToList(),
        Texts = new Dictionary<string, string>(e.Translations) { [defaultLanguage] = e.Text },
        MeasureKind = e.MeasureKind,
        StartDate = e.StartDate,
        EndDate = e.EndDate,
        ProposedStatus = e.ProposedStatus,
        Budget = e.Budget,
        Currency = e.Currency,
        Challenges = e.Challenges,
        TechnicalAssistanceNeeds = e.TechnicalAssistanceNeeds,
        Indicators = e.IndicatorValues.Select(v => new IndicatorInput { IndicatorId = v.IndicatorId, Value = v.Value, ObservedOn = v.ObservedOn, Note = v.Note }).ToList(),
    };
}

public sealed record IndicatorInput
{
    public long IndicatorId { get; init; }

    public decimal? Value { get; init; }

    public DateOnly? ObservedOn { get; init; }

    public string? Note { get; init; }
}

public sealed class EntryFormValidator : AbstractValidator<EntryForm>
{
    public EntryFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(f => f.RecommendationIds).NotEmpty().WithMessage(_ => l["Choose at least one recommendation."]);
        RuleFor(f => f.Texts).Must(t => t.Values.Any(v => !string.IsNullOrWhiteSpace(v))).WithMessage(_ => l["Describe what was done."]);
        RuleFor(f => f.Texts).Must(t => t.Keys.All(Languages.IsSupported) && t.Values.All(v => v is null || v.Length <= 20000))
            .WithMessage(_ => l["The text is too long (at most {0} characters).", 20000]);
        RuleFor(f => f.EndDate).GreaterThanOrEqualTo(f => f.StartDate).When(f => f.StartDate is not null && f.EndDate is not null)
            .WithMessage(_ => l["The end date comes after the start date."]);
        RuleFor(f => f.Budget).GreaterThanOrEqualTo(0).When(f => f.Budget is not null).WithMessage(_ => l["The budget cannot be negative."]);
        RuleFor(f => f.Currency).Matches("^[A-Za-z]{3}$").When(f => !string.IsNullOrWhiteSpace(f.Currency))
            .WithMessage(_ => l["Enter the currency as a three-letter code such as EUR."]);
        RuleFor(f => f.Currency).NotEmpty().When(f => f.Budget is not null).WithMessage(_ => l["Enter the currency of the budget."]);
        RuleFor(f => f.Challenges).MaximumLength(10000).WithMessage(_ => l["The text is too long (at most {0} characters).", 10000]);
        RuleFor(f => f.TechnicalAssistanceNeeds).MaximumLength(10000).WithMessage(_ => l["The text is too long (at most {0} characters).", 10000]);
        RuleForEach(f => f.Indicators).ChildRules(i =>
        {
            i.RuleFor(x => x.ObservedOn).NotNull().When(x => x.Value is not null).WithMessage(_ => l["Enter the date of the value."]);
            i.RuleFor(x => x.Note).MaximumLength(1000).WithMessage(_ => l["The note is too long."]);
        });
    }
}
