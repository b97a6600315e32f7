using FluentValidation;
using Microsoft.Extensions.Localization;
using Simore.Core.Localization;
using Simore.Core.Registry;
using Simore.Core.Registry.Reference;

namespace Simore.Web.Features.Registry;

/// <summary>The administrator's edit of one recommendation's wording and classification.</summary>
public sealed record RecommendationForm
{
    public uint Version { get; init; }

    public string Text { get; init; } = string.Empty;

    /// <summary>Required when the official text changes: why (a corrigendum, a typing error in the source).</summary>
    public string? TextChangeReason { get; init; }

    public string? ShortTitle { get; init; }

    public long? ClusterId { get; init; }

    public List<string> ThemeCodes { get; init; } = [];

    public List<string> GroupCodes { get; init; } = [];

    public List<int> Goals { get; init; } = [];

    /// <summary>SDG targets, separated by commas or spaces: "5.3, 16.9".</summary>
    public string? Targets { get; init; }

    public List<TranslationInput> Translations { get; init; } = [];

    public static RecommendationForm From(Recommendation r) => new()
    {
        Version = r.Version,
        Text = r.Text,
        ShortTitle = r.ShortTitle,
        ClusterId = r.ClusterId,
        ThemeCodes = r.Themes.Select(t => t.ThemeCode).ToList(),
        GroupCodes = r.Groups.Select(g => g.GroupCode).ToList(),
        Goals = r.SdgGoals.Select(g => g.Goal).ToList(),
        Targets = string.Join(", ", r.SdgTargets.Select(t => t.TargetCode)),
        Translations = Languages.All.Select(language =>
        {
            var t = r.Translations.FirstOrDefault(x => x.Language == language);
            return new TranslationInput { Language = language, ShortTitle = t?.ShortTitle, Text = t?.Text };
        }).ToList(),
    };

    public IReadOnlyList<string> TargetCodes() =>
        (Targets ?? string.Empty).Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(t => t.ToLowerInvariant())
            .Distinct()
            .ToList();
}

public sealed record TranslationInput
{
    public string Language { get; init; } = string.Empty;

    public string? ShortTitle { get; init; }

    public string? Text { get; init; }
}

public sealed class RecommendationFormValidator : AbstractValidator<RecommendationForm>
{
    public RecommendationFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(f => f.Text).NotEmpty().WithMessage(_ => l["Enter the text of the recommendation."])
            .MaximumLength(10000).WithMessage(_ => l["The text is too long (at most {0} characters).", 10000]);
        RuleFor(f => f.TextChangeReason).MaximumLength(1000).WithMessage(_ => l["The reason is too long."]);
        RuleFor(f => f.ShortTitle).MaximumLength(200).WithMessage(_ => l["The short title is too long (at most {0} characters).", 200]);
        RuleForEach(f => f.ThemeCodes).Must(Taxonomy.Instance.ThemesByCode.ContainsKey).WithMessage(_ => l["Choose themes from the list."]);
        RuleForEach(f => f.GroupCodes).Must(Taxonomy.Instance.GroupsByCode.ContainsKey).WithMessage(_ => l["Choose groups of persons from the list."]);
        RuleForEach(f => f.Goals).InclusiveBetween(1, 17).WithMessage(_ => l["Choose a Sustainable Development Goal."]);
        RuleFor(f => f.Targets).Must((form, _) => form.TargetCodes().All(Taxonomy.Instance.TargetsByCode.ContainsKey))
            .WithMessage(_ => l["Enter SDG targets as in the 2030 Agenda, such as 5.3 or 16.a."]);
        RuleForEach(f => f.Translations).ChildRules(t =>
        {
            t.RuleFor(x => x.Language).Must(Languages.IsSupported);
            t.RuleFor(x => x.ShortTitle).MaximumLength(200).WithMessage(_ => l["The short title is too long (at most {0} characters).", 200]);
            t.RuleFor(x => x.Text).MaximumLength(10000).WithMessage(_ => l["The text is too long (at most {0} characters).", 10000]);
        });
    }
}

public sealed record PositionForm
{
    public Position? Position { get; init; }

    public string? Source { get; init; }

    public DateOnly? DecidedOn { get; init; }

    public string? Note { get; init; }
}

public sealed class PositionFormValidator : AbstractValidator<PositionForm>
{
    public PositionFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(f => f.Position).NotNull().WithMessage(_ => l["Choose a position."]);
        RuleFor(f => f.Source).MaximumLength(200).WithMessage(_ => l["The source of the position is too long."]);
        RuleFor(f => f.Note).MaximumLength(1000).WithMessage(_ => l["The note is too long."]);
    }
}
