using Microsoft.EntityFrameworkCore;
using Simore.Core.Data;
using Simore.Core.FollowUp;
using Simore.Core.Tenancy;
using Simore.Web.Features.Shared;

namespace Simore.Web.Features.Api;

/// <summary>
/// Loads what the public may read about recommendations found by the portal search: never a merged
/// duplicate, never an unpublished follow-up entry, never a note or an e-mail address.
/// </summary>
public sealed class PublicRecommendationReader(SimoreDbContext db, ITenantContext tenantContext)
{
    /// <summary>The recommendations with these ids, in the order of <paramref name="ids"/>.</summary>
    public async Task<IReadOnlyList<ApiRecommendation>> ReadAsync(IReadOnlyList<long> ids, PublicAddresses addresses, string language, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var loaded = await PublicRecommendationRows.ReadAsync(db, Tenant, ids, language, cancellationToken);
        return ids.Where(loaded.ContainsKey).Select(id => Map(loaded[id], addresses, language)).ToList();
    }

    public async Task<ApiRecommendationDetail?> ReadOneAsync(long id, PublicAddresses addresses, string language, CancellationToken cancellationToken)
    {
        var recommendation = (await PublicRecommendationRows.ReadAsync(db, Tenant, [id], language, cancellationToken)).GetValueOrDefault(id);
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

    private int Tenant => tenantContext.TenantId ?? throw new InvalidOperationException("No tenant.");

    private static ApiRecommendation Map(PublicRecommendationRow r, PublicAddresses addresses, string language)
    {
        var states = r.States.Count > 0
            ? r.States.Select(code => new ApiState(code, Names.Country(code, language))).OrderBy(s => s.Code, StringComparer.Ordinal).ToList()
            : r.StateNames.Select(name => new ApiState(null, name)).ToList();
        var targets = r.Targets.Order(StringComparer.Ordinal).ToList();

        // A target implies its goal: a recommendation tagged 5.3 is found under goal 5, so it lists goal 5.
        var goals = r.Goals
            .Concat(targets.Select(t => int.TryParse(t.Split('.')[0], out var goal) ? goal : 0).Where(g => g > 0))
            .Distinct().Order().ToList();
        return new ApiRecommendation(
            r.Id,
            Reference(r.Symbol, r.Paragraph),
            r.Paragraph,
            r.Text,
            r.Mechanism,
            r.BodyCode,
            Names.Body(r.BodyCode, language),
            r.Symbol,
            r.Cycle,
            r.Session,
            r.PublishedOn,
            r.Position,
            states,
            r.Themes.Order(StringComparer.Ordinal).Select(t => new ApiCode(t, Names.Theme(t, language))).ToList(),
            r.Groups.Order(StringComparer.Ordinal).Select(g => new ApiCode(g, Names.Group(g, language))).ToList(),
            targets.Select(t => new ApiCode(t, Names.TargetText(t, language))).ToList(),
            goals.Select(g => new ApiGoal(g, Names.GoalName(g, language))).ToList(),
            r.Institutions.OrderBy(a => a.Role).ThenBy(a => a.Id).Select(a => new ApiInstitution(a.Id, a.Name, a.Role)).ToList(),
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
