using FluentValidation;
using Microsoft.Extensions.Localization;
using Simore.Core.Localization;
using Simore.Core.Network;

namespace Simore.Web.Features.Institutions;

public sealed record InstitutionForm
{
    public uint Version { get; init; }

    public string Name { get; init; } = string.Empty;

    public Dictionary<string, string> NameTranslations { get; init; } = [];

    public string? Acronym { get; init; }

    public Branch? Branch { get; init; }

    public long? ParentId { get; init; }

    /// <summary>False when the box is not ticked (an unticked checkbox sends nothing).</summary>
    public bool IsActive { get; init; }

    public static InstitutionForm From(Institution institution) => new()
    {
        Version = institution.Version,
        Name = institution.Name,
        NameTranslations = institution.NameTranslations,
        Acronym = institution.Acronym,
        Branch = institution.Branch,
        ParentId = institution.ParentId,
        IsActive = institution.IsActive,
    };
}

public sealed class InstitutionFormValidator : AbstractValidator<InstitutionForm>
{
    public InstitutionFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(f => f.Name).NotEmpty().WithMessage(_ => l["Enter the name of the institution."])
            .MaximumLength(300).WithMessage(_ => l["The name is too long."]);
        RuleFor(f => f.NameTranslations).Must(t => t.Keys.All(Languages.IsSupported) && t.Values.All(v => v is null || v.Length <= 300))
            .WithMessage(_ => l["The name is too long."]);
        RuleFor(f => f.Acronym).MaximumLength(32).WithMessage(_ => l["The acronym is too long."]);
        RuleFor(f => f.Branch).NotNull().IsInEnum().WithMessage(_ => l["Choose the branch of the institution."]);
    }
}

public sealed record InstitutionEditModel(long? Id, InstitutionForm Form, InstitutionForm? Theirs, IReadOnlyList<InstitutionOption> Parents);
