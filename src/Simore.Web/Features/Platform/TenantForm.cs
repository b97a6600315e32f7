using FluentValidation;
using Microsoft.Extensions.Localization;
using Simore.Core.Localization;
using Simore.Core.Registry;
using Simore.Core.Tenancy;

namespace Simore.Web.Features.Platform;

public sealed record TenantForm
{
    public string Slug { get; init; } = string.Empty;

    public string Name { get; init; } = string.Empty;

    public string CountryCode { get; init; } = string.Empty;

    public string DefaultLanguage { get; init; } = Languages.Default;

    public List<string> EnabledLanguages { get; init; } = [.. Languages.All];

    public string? HostName { get; init; }

    public DateOnly? LastReviewDate { get; init; }

    public DateOnly? NextReviewDate { get; init; }
}

public sealed class TenantFormValidator : AbstractValidator<TenantForm>
{
    public TenantFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(f => f.Slug).NotEmpty().WithMessage(_ => l["Enter the short name used in addresses."])
            .Must(s => TenantSlug.IsValid(s.Trim().ToLowerInvariant()))
            .WithMessage(_ => l["The short name has 2 to 32 lowercase letters, digits or hyphens, starts with a letter, and is not a reserved word."]);
        RuleFor(f => f.Name).NotEmpty().WithMessage(_ => l["Enter the name of the State."])
            .MaximumLength(200).WithMessage(_ => l["The name is too long."]);
        RuleFor(f => f.CountryCode).NotEmpty().WithMessage(_ => l["Enter the country code."])
            .Must(c => c.Trim().Length == 3 && CountryDirectory.Instance.FindByCode(c) is not null)
            .WithMessage(_ => l["Enter a three-letter ISO 3166 country code, such as SVN."]);
        RuleFor(f => f.DefaultLanguage).Must(Languages.IsSupported).WithMessage(_ => l["Choose one of the six languages."]);
        RuleFor(f => f.EnabledLanguages).NotEmpty().WithMessage(_ => l["Choose at least one language."])
            .Must(list => list.All(Languages.IsSupported)).WithMessage(_ => l["Choose one of the six languages."]);
        RuleFor(f => f.HostName).MaximumLength(253).WithMessage(_ => l["The host name is too long."])
            .Matches(@"^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$").When(f => !string.IsNullOrWhiteSpace(f.HostName))
            .WithMessage(_ => l["Enter a host name such as simore.example.org, or leave it empty."]);
        RuleFor(f => f.NextReviewDate).GreaterThan(f => f.LastReviewDate).When(f => f.LastReviewDate is not null && f.NextReviewDate is not null)
            .WithMessage(_ => l["The next review comes after the latest one."]);
    }
}
