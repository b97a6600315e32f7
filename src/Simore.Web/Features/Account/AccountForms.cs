using FluentValidation;
using Microsoft.Extensions.Localization;
using Simore.Core.Localization;

namespace Simore.Web.Features.Account;

public sealed record LoginForm
{
    public string Email { get; init; } = string.Empty;

    public string Password { get; init; } = string.Empty;

    public string? ReturnUrl { get; init; }
}

public sealed class LoginFormValidator : AbstractValidator<LoginForm>
{
    public LoginFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(f => f.Email).NotEmpty().WithMessage(_ => l["Enter your e-mail address."])
            .EmailAddress().WithMessage(_ => l["Enter a valid e-mail address."])
            .MaximumLength(256).WithMessage(_ => l["The e-mail address is too long."]);
        RuleFor(f => f.Password).NotEmpty().WithMessage(_ => l["Enter your password."])
            .MaximumLength(512).WithMessage(_ => l["The password is too long."]);
    }
}

public sealed record TwoFactorForm
{
    public string Code { get; init; } = string.Empty;

    public string? ReturnUrl { get; init; }
}

public sealed class TwoFactorFormValidator : AbstractValidator<TwoFactorForm>
{
    public TwoFactorFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(f => f.Code).NotEmpty().WithMessage(_ => l["Enter the code from your authenticator app."])
            .Matches("^[0-9 ]{6,8}$").WithMessage(_ => l["The code is the six digits shown by your authenticator app."]);
    }
}

public sealed record TwoFactorSetupModel(string SharedKey, string QrCodePng, bool AlreadyEnabled, string? ReturnUrl);
