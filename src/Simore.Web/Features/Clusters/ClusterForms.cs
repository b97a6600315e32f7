using FluentValidation;
using Microsoft.Extensions.Localization;
using Simore.Core.Localization;

namespace Simore.Web.Features.Clusters;

public sealed record ClusterForm
{
    public uint Version { get; init; }

    public string Name { get; init; } = string.Empty;

    public string? Description { get; init; }

    public Dictionary<string, string> NameTranslations { get; init; } = [];
}

public sealed class ClusterFormValidator : AbstractValidator<ClusterForm>
{
    public ClusterFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(f => f.Name).NotEmpty().WithMessage(_ => l["Enter the name of the cluster."])
            .MaximumLength(200).WithMessage(_ => l["The name is too long."]);
        RuleFor(f => f.Description).MaximumLength(2000).WithMessage(_ => l["The description is too long."]);
        RuleFor(f => f.NameTranslations).Must(t => t.Keys.All(Languages.IsSupported) && t.Values.All(v => v is null || v.Length <= 200))
            .WithMessage(_ => l["The name is too long."]);
    }
}

public sealed record ClusterRow(long Id, string Name, string? Description, int SortOrder, int Count);
