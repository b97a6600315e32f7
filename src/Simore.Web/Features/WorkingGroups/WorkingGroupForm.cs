using FluentValidation;
using Microsoft.Extensions.Localization;
using Simore.Core.Localization;
using Simore.Core.Network;
using Simore.Web.Features.Institutions;
using Simore.Web.Features.People;

namespace Simore.Web.Features.WorkingGroups;

public sealed record WorkingGroupForm
{
    public uint Version { get; init; }

    public string Name { get; init; } = string.Empty;

    public string? Description { get; init; }

    /// <summary>False when the box is not ticked (an unticked checkbox sends nothing).</summary>
    public bool IsActive { get; init; }

    public List<long> InstitutionIds { get; init; } = [];

    public List<Guid> MemberIds { get; init; } = [];

    public List<long> ClusterIds { get; init; } = [];

    public static WorkingGroupForm From(WorkingGroup group) => new()
    {
        Version = group.Version,
        Name = group.Name,
        Description = group.Description,
        IsActive = group.IsActive,
        InstitutionIds = group.Institutions.Select(i => i.InstitutionId).ToList(),
        MemberIds = group.Members.Select(m => m.UserId).ToList(),
        ClusterIds = group.Clusters.Select(c => c.ClusterId).ToList(),
    };
}

public sealed class WorkingGroupFormValidator : AbstractValidator<WorkingGroupForm>
{
    public WorkingGroupFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(f => f.Name).NotEmpty().WithMessage(_ => l["Enter the name of the working group."])
            .MaximumLength(200).WithMessage(_ => l["The name is too long."]);
        RuleFor(f => f.Description).MaximumLength(2000).WithMessage(_ => l["The description is too long."]);
    }
}

/// <summary>The form with what can be chosen: the State's institutions, people and clusters.</summary>
public sealed record WorkingGroupEditModel(
    long? Id, WorkingGroupForm Form, WorkingGroupForm? Theirs,
    IReadOnlyList<InstitutionOption> Institutions, IReadOnlyList<PersonOption> People, IReadOnlyList<Registry.ClusterOption> Clusters);
