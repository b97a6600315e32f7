using FluentValidation;
using Microsoft.Extensions.Localization;
using Simore.Core.Localization;

namespace Simore.Web.Features.Account;

public sealed record ForgotPasswordForm
{
    public string Email { get; init; } = string.Empty;
}

public sealed class ForgotPasswordFormValidator : AbstractValidator<ForgotPasswordForm>
{
    public ForgotPasswordFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(f => f.Email).NotEmpty().WithMessage(_ => l["Enter your e-mail address."])
            .EmailAddress().WithMessage(_ => l["Enter a valid e-mail address."])
            .MaximumLength(256).WithMessage(_ => l["The e-mail address is too long."]);
    }
}

public sealed record ResetPasswordForm
{
    public Guid User { get; init; }

    public string Token { get; init; } = string.Empty;

    public string Password { get; init; } = string.Empty;

    public string ConfirmPassword { get; init; } = string.Empty;
}

/// <summary>Presence and agreement only: the password policy is Identity's, with its localized messages.</summary>
public sealed class ResetPasswordFormValidator : AbstractValidator<ResetPasswordForm>
{
    public ResetPasswordFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(f => f.Token).MaximumLength(2000).WithMessage(_ => l["This link is not valid or has expired."]);
        RuleFor(f => f.Password).NotEmpty().WithMessage(_ => l["Choose a password."])
            .MaximumLength(512).WithMessage(_ => l["The password is too long."]);
        RuleFor(f => f.ConfirmPassword).Equal(f => f.Password).WithMessage(_ => l["The two passwords are not the same."]);
    }
}

public sealed record ResetPasswordModel(string Email, int MinimumLength, ResetPasswordForm Form);
