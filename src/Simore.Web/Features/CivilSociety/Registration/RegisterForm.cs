using FluentValidation;
using Microsoft.Extensions.Localization;
using Simore.Core.Localization;

namespace Simore.Web.Features.CivilSociety.Registration;

public sealed record RegisterForm
{
    public string Email { get; init; } = string.Empty;

    public string DisplayName { get; init; } = string.Empty;

    public string? Organisation { get; init; }

    public string Password { get; init; } = string.Empty;

    public string ConfirmPassword { get; init; } = string.Empty;

    public bool Consent { get; init; }
}

/// <summary>Presence, lengths and agreement; the password policy itself is Identity's, with its localized messages.</summary>
public sealed class RegisterFormValidator : AbstractValidator<RegisterForm>
{
    public RegisterFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(f => f.Email).NotEmpty().WithMessage(_ => l["Enter your e-mail address."])
            .EmailAddress().WithMessage(_ => l["Enter a valid e-mail address."])
            .MaximumLength(256).WithMessage(_ => l["The e-mail address is too long."]);
        RuleFor(f => f.DisplayName).NotEmpty().WithMessage(_ => l["Enter your name."])
            .MaximumLength(200).WithMessage(_ => l["The name is too long."]);
        RuleFor(f => f.Organisation).MaximumLength(200).WithMessage(_ => l["The name of the organisation is too long."]);
        RuleFor(f => f.Password).NotEmpty().WithMessage(_ => l["Choose a password."])
            .MaximumLength(512).WithMessage(_ => l["The password is too long."]);
        RuleFor(f => f.ConfirmPassword).Equal(f => f.Password).WithMessage(_ => l["The two passwords are not the same."]);
        RuleFor(f => f.Consent).Equal(true).WithMessage(_ => l["Tick the box to agree to how your contributions are published and moderated."]);
    }
}

/// <summary>A signed-in person joins this State's public follow-up with the account they have.</summary>
public sealed record JoinForm
{
    public string? Organisation { get; init; }

    public bool Consent { get; init; }
}

public sealed class JoinFormValidator : AbstractValidator<JoinForm>
{
    public JoinFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(f => f.Organisation).MaximumLength(200).WithMessage(_ => l["The name of the organisation is too long."]);
        RuleFor(f => f.Consent).Equal(true).WithMessage(_ => l["Tick the box to agree to how your contributions are published and moderated."]);
    }
}

public sealed record RegisterModel(string StateName, int MinimumPasswordLength, RegisterForm Form);

public sealed record JoinModel(string StateName, string DisplayName, bool AlreadyTakesPart, JoinForm Form);
