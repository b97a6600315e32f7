using FluentValidation;
using Microsoft.Extensions.Localization;
using Simore.Core.Localization;
using Simore.Core.Registry;
using Simore.Core.Registry.Reference;

namespace Simore.Web.Features.Registry;

/// <summary>One part of a multi-action recommendation, which the State may support while noting the rest.</summary>
public sealed record PartForm
{
    public string Label { get; init; } = string.Empty;

    public string Text { get; init; } = string.Empty;

    public Position Position { get; init; } = Position.Pending;

    public string? PositionSource { get; init; }

    public List<string> ThemeCodes { get; init; } = [];

    public List<string> GroupCodes { get; init; } = [];
}

public sealed class PartFormValidator : AbstractValidator<PartForm>
{
    public PartFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(f => f.Label).NotEmpty().WithMessage(_ => l["Enter the part's label, such as a or 1."])
            .MaximumLength(16).WithMessage(_ => l["The label is too long."]);
        RuleFor(f => f.Text).NotEmpty().WithMessage(_ => l["Enter the text of the part."])
            .MaximumLength(10000).WithMessage(_ => l["The text is too long (at most {0} characters).", 10000]);
        RuleFor(f => f.PositionSource).MaximumLength(200).WithMessage(_ => l["The source of the position is too long."]);
        RuleForEach(f => f.ThemeCodes).Must(Taxonomy.Instance.ThemesByCode.ContainsKey).WithMessage(_ => l["Choose themes from the list."]);
        RuleForEach(f => f.GroupCodes).Must(Taxonomy.Instance.GroupsByCode.ContainsKey).WithMessage(_ => l["Choose groups of persons from the list."]);
    }
}

public sealed class PartHandler(Simore.Core.Data.SimoreDbContext db, Simore.Core.Auditing.ICurrentUser user, TimeProvider clock)
{
    /// <returns>Null when done, or the English key of the reason it was refused.</returns>
    public async Task<string?> AddAsync(long recommendationId, PartForm form, CancellationToken cancellationToken)
    {
        var label = form.Label.Trim();
        if (await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.RecommendationParts, p => p.RecommendationId == recommendationId && p.Label == label, cancellationToken))
        {
            return Keys.LocalizedKey("The recommendation already has a part with this label.");
        }

        var part = new RecommendationPart
        {
            RecommendationId = recommendationId,
            Label = label,
            Text = form.Text.Trim(),
            Position = form.Position,
            ThemeCodes = form.ThemeCodes.Distinct().ToList(),
            GroupCodes = form.GroupCodes.Distinct().ToList(),
        };
        db.RecommendationParts.Add(part);
        await db.SaveChangesAsync(cancellationToken);
        db.PositionChanges.Add(new PositionChange
        {
            RecommendationId = recommendationId,
            PartId = part.Id,
            Position = part.Position,
            Source = string.IsNullOrWhiteSpace(form.PositionSource) ? null : form.PositionSource.Trim(),
            Note = "(" + label + ")",
            RecordedBy = user.Name,
            RecordedAt = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }
}
