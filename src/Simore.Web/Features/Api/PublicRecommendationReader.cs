using Microsoft.EntityFrameworkCore;
using Simore.Core.Data;
using Simore.Core.FollowUp;
using Simore.Core.Registry;
using Simore.Web.Features.Shared;

namespace Simore.Web.Features.Api;

/// <summary>
/// Loads what the public may read about recommendations found by the portal search: never a merged
/// duplicate, never an unpublished follow-up entry, never a note or an e-mail address.
/// </summary>
public sealed class PublicRecommendationReader(SimoreDbContext db)
{
    /// <summary>The recommendations with these ids, in the order of <paramref name="ids"/>.</summary>
    public async Task<IReadOnlyList<ApiRecommendation>> ReadAsync(IReadOnlyList<long> ids, PublicAddresses addresses, string language, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var loaded = await Details(db.Recommendations.Where(r => ids.Contains(r.Id))).ToDictionaryAsync(r => r.Id, cancellationToken);
        return ids.Where(loaded.ContainsKey).Select(id => Map(loaded[id], addresses, language)).ToList();
    }

    public async Task<ApiRecommendationDetail?> ReadOneAsync(long id, PublicAddresses addresses, string language, CancellationToken cancellationToken)
    {
        var recommendation = await Details(db.Recommendations.Where(r => r.Id == id)).FirstOrDefaultAsync(cancellationToken);
        if (recommendation is null)
        {
            return null;
        }

        var entries = await db.FollowUpEntries.AsNoTracking()
            .Include(e => e.Institution).Include(e => e.Evidence)
            .PublishedFor(id)
            .OrderByDescending(e => e.PublishedAt).ThenByDescending(e => e.Id)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return new ApiRecommendationDetail(Map(recommendation, addresses, language), entries.Select(e => Map(e, addresses, language)).ToList());
    }

    private static IQueryable<Recommendation> Details(IQueryable<Recommendation> recommendations) => recommendations
        .AsNoTracking()
        .Where(r => r.MergedIntoId == null)
        .Include(r => r.Document)
        .Include(r => r.States)
        .Include(r => r.Themes)
        .Include(r => r.Groups)
        .Include(r => r.SdgGoals)
        .Include(r => r.SdgTargets)
        .Include(r => r.Assignments).ThenInclude(a => a.Institution)
        .AsSplitQuery();

    private static ApiRecommendation Map(Recommendation r, PublicAddresses addresses, string language)
    {
        var document = r.Document!;
        var states = r.States.Count > 0
            ? r.States.Select(s => new ApiState(s.CountryCode, Names.Country(s.CountryCode, language))).OrderBy(s => s.Code, StringComparer.Ordinal).ToList()
            : r.RecommendingStates.Select(name => new ApiState(null, name)).ToList();
        var targets = r.SdgTargets.Select(t => t.TargetCode).Order(StringComparer.Ordinal).ToList();

        // A target implies its goal: a recommendation tagged 5.3 is found under goal 5, so it lists goal 5.
        var goals = r.SdgGoals.Select(g => g.Goal)
            .Concat(targets.Select(t => int.TryParse(t.Split('.')[0], out var goal) ? goal : 0).Where(g => g > 0))
            .Distinct().Order().ToList();
        return new ApiRecommendation(
            r.Id,
            Reference(document.Symbol, r.Paragraph),
            r.Paragraph,
            r.Text,
            document.Mechanism,
            document.BodyCode,
            Names.Body(document.BodyCode, language),
            document.Symbol,
            document.Cycle,
            document.Session,
            document.PublishedOn,
            r.Position,
            states,
            r.Themes.Select(t => new ApiCode(t.ThemeCode, Names.Theme(t.ThemeCode, language))).OrderBy(t => t.Code, StringComparer.Ordinal).ToList(),
            r.Groups.Select(g => new ApiCode(g.GroupCode, Names.Group(g.GroupCode, language))).OrderBy(g => g.Code, StringComparer.Ordinal).ToList(),
            targets.Select(t => new ApiCode(t, Names.TargetText(t, language))).ToList(),
            goals.Select(g => new ApiGoal(g, Names.GoalName(g, language))).ToList(),
            r.Assignments.OrderBy(a => a.Role).ThenBy(a => a.InstitutionId)
                .Select(a => new ApiInstitution(a.InstitutionId, a.Institution!.NameIn(language), a.Role)).ToList(),
            r.Status,
            r.Status is null ? null : r.StatusUpdatedAt,
            addresses.Recommendation(r.Id));
    }

    private static ApiFollowUp Map(FollowUpEntry e, PublicAddresses addresses, string language) => new(
        e.Id,
        e.PublishedAt,
        e.StartDate,
        e.EndDate,
        new ApiFollowUpInstitution(e.InstitutionId, e.Institution!.NameIn(language)),
        e.MeasureKind,
        e.ProposedStatus,
        e.PublicTextIn(language),
        e.Evidence.OrderBy(x => x.Id)
            .Select(x => new ApiEvidence(x.Title, x.Kind == EvidenceKind.File ? addresses.Evidence(x.Id) : x.Url ?? string.Empty, x.Kind))
            .ToList());

    /// <summary>How a recommendation is quoted: "A/HRC/58/12 para. 140.1".</summary>
    public static string Reference(string symbol, string paragraph) => $"{symbol} para. {paragraph}";
}
