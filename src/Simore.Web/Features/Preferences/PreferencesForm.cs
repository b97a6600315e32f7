using FluentValidation;
using Microsoft.Extensions.Localization;
using Simore.Core.Identity;
using Simore.Core.Localization;

namespace Simore.Web.Features.Preferences;

/// <summary>What a person chooses to receive by e-mail, and in which language.</summary>
public sealed record PreferencesForm
{
    public DigestFrequency DigestFrequency { get; init; } = DigestFrequency.Weekly;

    /// <summary>Reminders of meetings and reporting dates (stored as its opposite, <see cref="User.OptionalRemindersOff"/>).</summary>
    public bool Reminders { get; init; } = true;

    public string Language { get; init; } = Languages.Default;

    public static PreferencesForm From(User user) => new()
    {
        DigestFrequency = user.DigestFrequency,
        Reminders = !user.OptionalRemindersOff,
        Language = Languages.IsSupported(user.PreferredLanguage) ? user.PreferredLanguage : Languages.Default,
    };
}

public sealed class PreferencesFormValidator : AbstractValidator<PreferencesForm>
{
    public PreferencesFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(f => f.DigestFrequency).IsInEnum().WithMessage(_ => l["Choose how often you receive the digest."]);
        RuleFor(f => f.Language).Must(Languages.IsSupported).WithMessage(_ => l["Choose one of the six languages."]);
    }
}

public sealed record PreferencesPage(PreferencesForm Form, string Email, bool TwoFactorEnabled);
