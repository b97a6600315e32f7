using FluentValidation;
using Microsoft.Extensions.Localization;
using Simore.Core.Localization;

namespace Simore.Web.Features.Invitations;

public sealed record AcceptInvitationForm
{
    public Guid User { get; init; }

    public string Token { get; init; } = string.Empty;

    public string Password { get; init; } = string.Empty;

    public string ConfirmPassword { get; init; } = string.Empty;
}

/// <summary>Only presence and agreement here: the password policy itself is Identity's, with its localized messages.</summary>
public sealed class AcceptInvitationFormValidator : AbstractValidator<AcceptInvitationForm>
{
    public AcceptInvitationFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(f => f.Password).NotEmpty().WithMessage(_ => l["Choose a password."])
            .MaximumLength(512).WithMessage(_ => l["The password is too long."]);
        RuleFor(f => f.ConfirmPassword).Equal(f => f.Password).WithMessage(_ => l["The two passwords are not the same."]);
    }
}

public sealed record AcceptInvitationModel(string DisplayName, string Email, int MinimumLength, AcceptInvitationForm Form);
