using Microsoft.EntityFrameworkCore;
using Simore.Core.Registry;

namespace Simore.Web.Features.Registry;

/// <summary>The administrator's filters; every combination is a shareable URL.</summary>
public sealed record RecommendationFilter
{
    public const int PageSize = 50;

    public string? Q { get; init; }

    public Mechanism? Mechanism { get; init; }

    public string? Body { get; init; }

    public long? Document { get; init; }

    public int? Cycle { get; init; }

    public string? Theme { get; init; }

    public string? Group { get; init; }

    /// <summary>A cluster id, or "none" for recommendations in no cluster.</summary>
    public string? Cluster { get; init; }

    public int? Sdg { get; init; }

    public Position? Position { get; init; }

    /// <summary>A recommending State (ISO 3166-1 alpha-3).</summary>
    public string? State { get; init; }

    /// <summary>An institution responsible for the recommendation (lead or contributing), or "none".</summary>
    public string? Institution { get; init; }

    public Simore.Core.FollowUp.ImplementationStatus? Status { get; init; }

    /// <summary>Only recommendations without themes (or groups, or SDGs): the ones to classify.</summary>
    public bool Untagged { get; init; }

    /// <summary>Also show recommendations merged into another as duplicates.</summary>
    public bool Merged { get; init; }

    public string Sort { get; init; } = "reference";

    public int Page { get; init; } = 1;

    public IQueryable<Recommendation> Apply(IQueryable<Recommendation> query)
    {
        if (!Merged)
        {
            query = query.Where(r => r.MergedIntoId == null);
        }

        if (!string.IsNullOrWhiteSpace(Q))
        {
            var pattern = "%" + Q.Trim().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            query = query.Where(r => EF.Functions.ILike(r.Text, pattern) || EF.Functions.ILike(r.Paragraph, pattern) || EF.Functions.ILike(r.Document!.Symbol, pattern));
        }

        if (Mechanism is { } mechanism)
        {
            query = query.Where(r => r.Document!.Mechanism == mechanism);
        }

        if (!string.IsNullOrEmpty(Body))
        {
            query = query.Where(r => r.Document!.BodyCode == Body);
        }

        if (Document is { } document)
        {
            query = query.Where(r => r.DocumentId == document);
        }

        if (Cycle is { } cycle)
        {
            query = query.Where(r => r.Document!.Cycle == cycle);
        }

        if (!string.IsNullOrEmpty(Theme))
        {
            query = query.Where(r => r.Themes.Any(t => t.ThemeCode == Theme));
        }

        if (!string.IsNullOrEmpty(Group))
        {
            query = query.Where(r => r.Groups.Any(g => g.GroupCode == Group));
        }

        if (Cluster == "none")
        {
            query = query.Where(r => r.ClusterId == null);
        }
        else if (long.TryParse(Cluster, out var cluster))
        {
            query = query.Where(r => r.ClusterId == cluster);
        }

        if (Sdg is { } goal)
        {
            var prefix = goal.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".";
            query = query.Where(r => r.SdgGoals.Any(g => g.Goal == goal) || r.SdgTargets.Any(t => EF.Functions.Like(t.TargetCode, prefix + "%")));
        }

        if (Position is { } position)
        {
            query = query.Where(r => r.Position == position);
        }

        if (!string.IsNullOrEmpty(State))
        {
            query = query.Where(r => r.States.Any(s => s.CountryCode == State));
        }

        if (Institution == "none")
        {
            query = query.Where(r => !r.Assignments.Any());
        }
        else if (long.TryParse(Institution, out var institution))
        {
            query = query.Where(r => r.Assignments.Any(a => a.InstitutionId == institution));
        }

        if (Status is { } status)
        {
            query = query.Where(r => r.Status == status);
        }

        if (Untagged)
        {
            query = query.Where(r => !r.Themes.Any() || !r.Groups.Any() || (!r.SdgGoals.Any() && !r.SdgTargets.Any()));
        }

        return Sort switch
        {
            "updated" => query.OrderByDescending(r => r.UpdatedAt).ThenBy(r => r.Id),
            "position" => query.OrderBy(r => r.Position).ThenBy(r => r.Document!.Symbol).ThenBy(r => r.SortKey),
            "cluster" => query.OrderBy(r => r.Cluster!.SortOrder).ThenBy(r => r.Document!.Symbol).ThenBy(r => r.SortKey),
            _ => query.OrderBy(r => r.Document!.Symbol).ThenBy(r => r.SortKey),
        };
    }
}
