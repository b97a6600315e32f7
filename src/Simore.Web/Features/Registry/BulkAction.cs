using FluentValidation;
using Microsoft.Extensions.Localization;
using Simore.Core.Localization;
using Simore.Core.Registry;

namespace Simore.Web.Features.Registry;

public enum BulkActionKind
{
    AssignCluster = 1,
    AddTheme = 2,
    AddGroup = 3,
    AddSdg = 4,
    SetPosition = 5,
    LinkRelated = 6,
    MergeIntoFirst = 7,
    Assign = 8,
}

/// <summary>One action applied to the recommendations ticked in the list.</summary>
public sealed record BulkActionForm
{
    public List<long> Ids { get; init; } = [];

    public BulkActionKind? Action { get; init; }

    public long? ClusterId { get; init; }

    public string? ThemeCode { get; init; }

    public string? GroupCode { get; init; }

    public int? Goal { get; init; }

    public Position? Position { get; init; }

    public string? PositionSource { get; init; }

    public long? InstitutionId { get; init; }

    public Simore.Core.Network.AssignmentRole AssignmentRole { get; init; } = Simore.Core.Network.AssignmentRole.Lead;

    public DateOnly? Deadline { get; init; }

    public Simore.Core.Network.Priority Priority { get; init; } = Simore.Core.Network.Priority.Normal;

    public string? ReturnUrl { get; init; }
}

public sealed class BulkActionFormValidator : AbstractValidator<BulkActionForm>
{
    public BulkActionFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(f => f.Ids).NotEmpty().WithMessage(_ => l["Tick at least one recommendation."]);
        RuleFor(f => f.Ids.Count).LessThanOrEqualTo(1000).WithMessage(_ => l["At most 1,000 recommendations at a time."]);
        RuleFor(f => f.Action).NotNull().WithMessage(_ => l["Choose an action."]);
        RuleFor(f => f.ClusterId).NotNull().When(f => f.Action == BulkActionKind.AssignCluster).WithMessage(_ => l["Choose a cluster."]);
        RuleFor(f => f.ThemeCode).Must(c => c is not null && Simore.Core.Registry.Reference.Taxonomy.Instance.ThemesByCode.ContainsKey(c))
            .When(f => f.Action == BulkActionKind.AddTheme).WithMessage(_ => l["Choose a theme."]);
        RuleFor(f => f.GroupCode).Must(c => c is not null && Simore.Core.Registry.Reference.Taxonomy.Instance.GroupsByCode.ContainsKey(c))
            .When(f => f.Action == BulkActionKind.AddGroup).WithMessage(_ => l["Choose a group of persons."]);
        RuleFor(f => f.Goal).InclusiveBetween(1, 17).NotNull().When(f => f.Action == BulkActionKind.AddSdg).WithMessage(_ => l["Choose a Sustainable Development Goal."]);
        RuleFor(f => f.Position).NotNull().When(f => f.Action == BulkActionKind.SetPosition).WithMessage(_ => l["Choose a position."]);
        RuleFor(f => f.PositionSource).MaximumLength(200).WithMessage(_ => l["The source of the position is too long."]);
        RuleFor(f => f.InstitutionId).NotNull().When(f => f.Action == BulkActionKind.Assign).WithMessage(_ => l["Choose an institution."]);
        RuleFor(f => f.Ids.Count).GreaterThanOrEqualTo(2)
            .When(f => f.Action is BulkActionKind.LinkRelated or BulkActionKind.MergeIntoFirst)
            .WithMessage(_ => l["Tick at least two recommendations to link or merge them."]);
    }
}
