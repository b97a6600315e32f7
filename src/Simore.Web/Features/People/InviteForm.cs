using FluentValidation;
using Microsoft.Extensions.Localization;
using Simore.Core.Identity;
using Simore.Core.Localization;

namespace Simore.Web.Features.People;

public sealed record InviteForm
{
    public string Email { get; init; } = string.Empty;

    public string DisplayName { get; init; } = string.Empty;

    public string Language { get; init; } = Languages.Default;

    public string Role { get; init; } = string.Empty;

    public long? InstitutionId { get; init; }

    /// <summary>For focal points: the main one of the institution rather than an alternate.</summary>
    public bool IsMain { get; init; }
}

public sealed class InviteFormValidator : AbstractValidator<InviteForm>
{
    public InviteFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(f => f.Email).NotEmpty().WithMessage(_ => l["Enter the e-mail address."])
            .EmailAddress().WithMessage(_ => l["Enter a valid e-mail address."])
            .MaximumLength(256).WithMessage(_ => l["The e-mail address is too long."]);
        RuleFor(f => f.DisplayName).NotEmpty().WithMessage(_ => l["Enter the person's name."])
            .MaximumLength(200).WithMessage(_ => l["The name is too long."]);
        RuleFor(f => f.Language).Must(Languages.IsSupported).WithMessage(_ => l["Choose one of the six languages."]);
        RuleFor(f => f.Role).Must(InvitableRoles.Contains).WithMessage(_ => l["Choose a role."]);
        RuleFor(f => f.InstitutionId).NotNull().When(f => InvitableRoles.NeedsInstitution(f.Role))
            .WithMessage(_ => l["Choose the institution of the focal point or validator."]);
    }
}

/// <summary>
/// The roles an administrator gives by invitation. Civil society registers by itself (later), so it
/// is not among them.
/// </summary>
public static class InvitableRoles
{
    public static readonly IReadOnlyList<string> All = [Roles.Administrator, Roles.Validator, Roles.FocalPoint, Roles.Drafter];

    public static bool Contains(string? role) => role is not null && All.Contains(role, StringComparer.Ordinal);

    public static bool NeedsInstitution(string? role) => role is Roles.FocalPoint or Roles.Validator;
}
