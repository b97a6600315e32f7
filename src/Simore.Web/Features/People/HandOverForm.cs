using FluentValidation;
using Microsoft.Extensions.Localization;
using Simore.Core.Localization;

namespace Simore.Web.Features.People;

/// <summary>The successor: a person of the State, or someone new invited in the same step.</summary>
public sealed record HandOverForm
{
    public Guid? SuccessorId { get; init; }

    public string? Email { get; init; }

    public string? DisplayName { get; init; }

    public string Language { get; init; } = Languages.Default;

    public bool IsNewPerson => SuccessorId is null;
}

public sealed class HandOverFormValidator : AbstractValidator<HandOverForm>
{
    public HandOverFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(f => f.Email).NotEmpty().When(f => f.IsNewPerson)
            .WithMessage(_ => l["Choose the successor, or enter the e-mail address of someone new."]);
        RuleFor(f => f.Email).EmailAddress().WithMessage(_ => l["Enter a valid e-mail address."])
            .MaximumLength(256).WithMessage(_ => l["The e-mail address is too long."])
            .When(f => f.IsNewPerson && !string.IsNullOrWhiteSpace(f.Email));
        RuleFor(f => f.DisplayName).NotEmpty().When(f => f.IsNewPerson && !string.IsNullOrWhiteSpace(f.Email))
            .WithMessage(_ => l["Enter the person's name."]);
        RuleFor(f => f.DisplayName).MaximumLength(200).WithMessage(_ => l["The name is too long."]);
        RuleFor(f => f.Language).Must(Languages.IsSupported).WithMessage(_ => l["Choose one of the six languages."]);
    }
}
