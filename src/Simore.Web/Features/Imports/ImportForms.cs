using FluentValidation;
using Microsoft.Extensions.Localization;
using Simore.Core.Importing;
using Simore.Core.Localization;

namespace Simore.Web.Features.Imports;

public sealed record UploadForm
{
    public IFormFile? File { get; init; }

    /// <summary>Empty: detect from the content.</summary>
    public string? Format { get; init; }

    public bool ClustersFromHeadings { get; init; }

    public string? DocumentSymbol { get; init; }

    public int? Cycle { get; init; }

    public int? Session { get; init; }
}

public sealed class UploadFormValidator : AbstractValidator<UploadForm>
{
    public static readonly IReadOnlyList<string> Formats = ["ohchr-docx", "uhri-xlsx", "uhri-json", "uprinfo-csv", "sheet"];

    public UploadFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(f => f.File).NotNull().WithMessage(_ => l["Choose a file."]);
        RuleFor(f => f.File!.Length).LessThanOrEqualTo(ImportService.MaxBytes).When(f => f.File is not null)
            .WithMessage(_ => l["The file is larger than {0} MB.", ImportService.MaxBytes / (1024 * 1024)]);
        RuleFor(f => f.Format).Must(f => string.IsNullOrEmpty(f) || Formats.Contains(f)).WithMessage(_ => l["Choose one of the formats."]);
        RuleFor(f => f.DocumentSymbol).MaximumLength(100).WithMessage(_ => l["The document symbol is too long."]);
        RuleFor(f => f.Cycle).InclusiveBetween(1, 9).When(f => f.Cycle is not null).WithMessage(_ => l["The cycle is a number from 1 to 9."]);
        RuleFor(f => f.Session).InclusiveBetween(1, 200).When(f => f.Session is not null).WithMessage(_ => l["The session is a number from 1 to 200."]);
    }
}

/// <summary>Which column of a generic sheet holds which field, and the document values for the whole file.</summary>
public sealed record MappingForm
{
    public Dictionary<SheetField, string> Columns { get; init; } = [];

    public string? DocumentSymbol { get; init; }

    public string? BodyCode { get; init; }

    public string? Mandate { get; init; }

    public int? Cycle { get; init; }

    public int? Session { get; init; }

    public DateOnly? PublishedOn { get; init; }

    public bool ExtractFromText { get; init; }
}

public sealed class MappingFormValidator : AbstractValidator<MappingForm>
{
    public MappingFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(f => f.Columns).Must(c => c.TryGetValue(SheetField.Text, out var column) && !string.IsNullOrWhiteSpace(column))
            .WithMessage(_ => l["Map a column to the recommendation text."]);
        RuleFor(f => f.DocumentSymbol).MaximumLength(100).WithMessage(_ => l["The document symbol is too long."]);
        RuleFor(f => f.BodyCode).Must(c => string.IsNullOrEmpty(c) || Simore.Core.Registry.Reference.Taxonomy.Instance.BodiesByCode.ContainsKey(c))
            .WithMessage(_ => l["Choose the body that issued the document."]);
        RuleFor(f => f.Mandate).MaximumLength(300).WithMessage(_ => l["The mandate is too long."]);
        RuleFor(f => f.Cycle).InclusiveBetween(1, 9).When(f => f.Cycle is not null).WithMessage(_ => l["The cycle is a number from 1 to 9."]);
        RuleFor(f => f.Session).InclusiveBetween(1, 200).When(f => f.Session is not null).WithMessage(_ => l["The session is a number from 1 to 200."]);
    }
}

public sealed record MappingModel(long BatchId, string FileName, IReadOnlyList<string> Headers, MappingForm Form, IReadOnlyList<ImportProblem> Problems);

public sealed record PreviewModel(ImportPreview Preview, string? Show);
