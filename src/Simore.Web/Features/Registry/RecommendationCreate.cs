using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Simore.Core.Data;
using Simore.Core.Localization;
using Simore.Core.Registry;
using Simore.Core.Auditing;
using Simore.Core.Registry.Reference;

namespace Simore.Web.Features.Registry;

/// <summary>A recommendation entered by hand: from a treaty body, a special procedure, a regional mechanism…</summary>
public sealed record RecommendationCreateForm
{
    public long? DocumentId { get; init; }

    public string? NewSymbol { get; init; }

    public string? NewBodyCode { get; init; }

    public string? NewMandate { get; init; }

    public int? NewCycle { get; init; }

    public int? NewSession { get; init; }

    public DateOnly? NewPublishedOn { get; init; }

    public string Paragraph { get; init; } = string.Empty;

    public string Text { get; init; } = string.Empty;

    public Position Position { get; init; } = Position.Pending;

    public string? PositionSource { get; init; }

    public List<string> StateCodes { get; init; } = [];

    public List<string> ThemeCodes { get; init; } = [];

    public List<string> GroupCodes { get; init; } = [];

    public List<int> Goals { get; init; } = [];

    public long? ClusterId { get; init; }
}

public sealed class RecommendationCreateFormValidator : AbstractValidator<RecommendationCreateForm>
{
    public RecommendationCreateFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(f => f.DocumentId).NotNull().When(f => string.IsNullOrWhiteSpace(f.NewSymbol))
            .WithMessage(_ => l["Choose the source document, or enter a new one."]);
        RuleFor(f => f.NewSymbol).MaximumLength(100).WithMessage(_ => l["The document symbol is too long."]);
        RuleFor(f => f.NewBodyCode).Must(c => c is not null && Taxonomy.Instance.BodiesByCode.ContainsKey(c))
            .When(f => f.DocumentId is null && !string.IsNullOrWhiteSpace(f.NewSymbol))
            .WithMessage(_ => l["Choose the body that issued the document."]);
        RuleFor(f => f.NewMandate).MaximumLength(300).WithMessage(_ => l["The mandate is too long."]);
        RuleFor(f => f.NewCycle).InclusiveBetween(1, 9).When(f => f.NewCycle is not null).WithMessage(_ => l["The cycle is a number from 1 to 9."]);
        RuleFor(f => f.NewSession).InclusiveBetween(1, 200).When(f => f.NewSession is not null).WithMessage(_ => l["The session is a number from 1 to 200."]);
        RuleFor(f => f.Paragraph).NotEmpty().WithMessage(_ => l["Enter the paragraph number, such as 140.7 or 12 (b)."])
            .MaximumLength(32).WithMessage(_ => l["The paragraph number is too long."])
            .Matches(@"\d").WithMessage(_ => l["Enter the paragraph number, such as 140.7 or 12 (b)."]);
        RuleFor(f => f.Text).NotEmpty().WithMessage(_ => l["Enter the text of the recommendation."])
            .MaximumLength(10000).WithMessage(_ => l["The text is too long (at most {0} characters).", 10000]);
        RuleFor(f => f.PositionSource).MaximumLength(200).WithMessage(_ => l["The source of the position is too long."]);
        RuleForEach(f => f.StateCodes).Must(c => CountryDirectory.Instance.FindByCode(c) is not null).WithMessage(_ => l["Choose recommending States from the list."]);
        RuleForEach(f => f.ThemeCodes).Must(Taxonomy.Instance.ThemesByCode.ContainsKey).WithMessage(_ => l["Choose themes from the list."]);
        RuleForEach(f => f.GroupCodes).Must(Taxonomy.Instance.GroupsByCode.ContainsKey).WithMessage(_ => l["Choose groups of persons from the list."]);
        RuleForEach(f => f.Goals).InclusiveBetween(1, 17).WithMessage(_ => l["Choose a Sustainable Development Goal."]);
    }
}

public sealed class RecommendationCreateHandler(SimoreDbContext db, ICurrentUser user, TimeProvider clock)
{
    /// <returns>The new id, or an English message key explaining why nothing was created.</returns>
    public async Task<(long? Id, string? Problem)> HandleAsync(RecommendationCreateForm form, CancellationToken cancellationToken)
    {
        SourceDocument? document;
        if (form.DocumentId is { } documentId)
        {
            document = await db.SourceDocuments.FirstOrDefaultAsync(d => d.Id == documentId, cancellationToken);
            if (document is null)
            {
                return (null, Keys.LocalizedKey("Choose the source document, or enter a new one."));
            }
        }
        else
        {
            var symbol = form.NewSymbol!.Trim();
            document = await db.SourceDocuments.FirstOrDefaultAsync(d => d.Symbol == symbol, cancellationToken);
            if (document is null)
            {
                var body = Taxonomy.Instance.BodiesByCode[form.NewBodyCode!];
                document = new SourceDocument
                {
                    Symbol = symbol,
                    BodyCode = body.Code,
                    Mechanism = body.Mechanism,
                    Numbering = body.Numbering,
                    Mandate = string.IsNullOrWhiteSpace(form.NewMandate) ? null : form.NewMandate.Trim(),
                    Cycle = form.NewCycle,
                    Session = form.NewSession,
                    PublishedOn = form.NewPublishedOn,
                };
                db.SourceDocuments.Add(document);
            }
        }

        var paragraph = form.Paragraph.Trim();
        if (document.Id != 0 && await db.Recommendations.AnyAsync(r => r.DocumentId == document.Id && r.Paragraph == paragraph, cancellationToken))
        {
            return (null, Keys.LocalizedKey("The document already has a recommendation with this paragraph number."));
        }

        if (form.ClusterId is { } clusterId && !await db.Clusters.AnyAsync(c => c.Id == clusterId, cancellationToken))
        {
            return (null, Keys.LocalizedKey("Choose a cluster."));
        }

        var now = clock.GetUtcNow();
        var r = new Recommendation
        {
            Paragraph = paragraph,
            SortKey = ParagraphNumber.SortKey(paragraph),
            Text = form.Text.Trim(),
            Position = form.Position,
            PositionSource = string.IsNullOrWhiteSpace(form.PositionSource) ? null : form.PositionSource.Trim(),
            ClusterId = form.ClusterId,
            RecommendingStates = form.StateCodes.Select(c => CountryDirectory.Instance.FindByCode(c)!.Name("en")).ToList(),
            CreatedAt = now,
            UpdatedAt = now,
        };
        r.States.AddRange(form.StateCodes.Distinct().Select(c => new RecommendingState { CountryCode = c.ToUpperInvariant() }));
        r.Themes.AddRange(form.ThemeCodes.Distinct().Select(c => new RecommendationTheme { ThemeCode = c, Origin = TagOrigin.Manual }));
        r.Groups.AddRange(form.GroupCodes.Distinct().Select(c => new RecommendationGroup { GroupCode = c, Origin = TagOrigin.Manual }));
        r.SdgGoals.AddRange(form.Goals.Distinct().Select(g => new RecommendationSdgGoal { Goal = g, Origin = TagOrigin.Manual }));
        r.PositionHistory.Add(new PositionChange { Position = r.Position, Source = r.PositionSource, RecordedBy = user.Name, RecordedAt = now });
        document.Recommendations.Add(r);
        await db.SaveChangesAsync(cancellationToken);
        return (r.Id, null);
    }
}
