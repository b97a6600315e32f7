using FluentValidation;
using Microsoft.Extensions.Localization;
using Simore.Core.FollowUp;
using Simore.Core.Localization;
using Simore.Core.Portal;

namespace Simore.Web.Features.Api;

/// <summary>
/// What a machine-readable search accepts. Internal on purpose: the validator scan registers public
/// validators for every action, and the portal's own pages forgive what the API refuses.
/// </summary>
internal sealed class PortalQueryRules : AbstractValidator<PortalQuery>
{
    /// <summary>Deep enough for any State's recommendations; keeps the offset far from overflowing.</summary>
    public const int MaxPage = 10_000;

    /// <summary>The longest search text (the portal searches its first characters, the API refuses more).</summary>
    public const int MaxQueryLength = 200;

    public static readonly IReadOnlyList<string> Sorts = ["relevance", "reference", "recent", "status"];

    private static readonly Dictionary<string, ImplementationStatus> Statuses =
        Enum.GetValues<ImplementationStatus>().ToDictionary(s => s.ToString(), StringComparer.OrdinalIgnoreCase);

    public PortalQueryRules(IStringLocalizer<SharedResource> l, bool paged)
    {
        if (paged)
        {
            RuleFor(q => q.Page).InclusiveBetween(1, MaxPage)
                .WithMessage(_ => l["Choose a page from 1 to {0}.", MaxPage]);
            RuleFor(q => q.PageSize).InclusiveBetween(1, PortalQuery.MaxPageSize)
                .WithMessage(_ => l["Choose a page size from 1 to {0}.", PortalQuery.MaxPageSize]);
        }

        RuleFor(q => q.Status).Must(s => s is null || s.Equals("none", StringComparison.OrdinalIgnoreCase) || Statuses.ContainsKey(s))
            .WithMessage(_ => l["Use one of: {0}.", string.Join(", ", Statuses.Keys.Append("none"))]);
        RuleFor(q => q.Sort).Must(s => s is null || Sorts.Contains(s, StringComparer.OrdinalIgnoreCase))
            .WithMessage(_ => l["Use one of: {0}.", string.Join(", ", Sorts)]);
        RuleFor(q => q.State).Matches("^[A-Za-z]{3}$")
            .WithMessage(_ => l["Use the State's three-letter ISO 3166-1 code, such as PRY."]);
        RuleFor(q => q.Sdg).InclusiveBetween(1, 17)
            .WithMessage(_ => l["Use a goal number from 1 to 17."]);
        RuleFor(q => q.Target).Matches(@"^\d{1,2}\.[0-9A-Za-z]{1,2}$")
            .WithMessage(_ => l["Use a target code such as 5.3 or 16.a."]);
        RuleFor(q => q.Year).InclusiveBetween(1900, 2999)
            .WithMessage(_ => l["Use a year of four digits."]);
        RuleFor(q => q.Cycle).InclusiveBetween(1, 99)
            .WithMessage(_ => l["Use a cycle number, such as 4."]);
        RuleFor(q => q.Q).MaximumLength(MaxQueryLength)
            .WithMessage(_ => l["The search text is too long (at most {0} characters).", MaxQueryLength]);
    }
}
