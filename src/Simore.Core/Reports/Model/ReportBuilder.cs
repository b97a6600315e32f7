using Microsoft.EntityFrameworkCore;
using Simore.Core.Data;
using Simore.Core.FollowUp;
using Simore.Core.Network;
using Simore.Core.Portal;
using Simore.Core.Registry;
using Simore.Core.Tenancy;

namespace Simore.Core.Reports.Model;

/// <summary>
/// Reads what a report shows for the current tenant, in a handful of queries, and puts it in the
/// report's language. Only published follow-up, unless the drafter asked for unpublished work too
/// (submitted and validated entries; a focal point's drafts never appear).
/// </summary>
public sealed class ReportBuilder(SimoreDbContext db, ITenantContext tenantContext, TimeProvider clock)
{
    public async Task<ReportModel> BuildAsync(ReportKind kind, ReportOptions options, CancellationToken cancellationToken = default)
    {
        var tenantId = tenantContext.TenantId ?? throw new InvalidOperationException("A report needs a current tenant.");
        var tenant = await db.Tenants.AsNoTracking().SingleAsync(t => t.Id == tenantId, cancellationToken);
        var language = options.Language;
        var cycle = options.Cycle ?? (kind is ReportKind.National or ReportKind.MidTerm ? await LatestCycleAsync(cancellationToken) : null);
        InstitutionFocus? focus = null;
        if (kind == ReportKind.Institution)
        {
            focus = await InstitutionFocusAsync(options, cancellationToken);
        }

        var rows = await RecommendationRow.LoadAsync(db, kind, cycle, options, cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var assignments = await db.Assignments.AsNoTracking().Where(a => ids.Contains(a.RecommendationId))
            .Select(a => new { a.RecommendationId, a.Role, a.Deadline, a.Institution!.Name, a.Institution.NameTranslations })
            .ToListAsync(cancellationToken);
        var actions = await ActionRows.LoadAsync(db, ids, options, focus?.Id, cancellationToken);
        var indicators = await IndicatorRows.LoadAsync(db, ids, cancellationToken);
        var assessments = await db.Assessments.AsNoTracking()
            .Where(a => ids.Contains(a.RecommendationId) && a.Status == ModerationStatus.Approved)
            .OrderBy(a => a.CreatedAt)
            .Select(a => new { a.RecommendationId, Author = a.OrganisationOnly ? a.Organisation ?? a.DisplayName : a.Organisation == null ? a.DisplayName : a.DisplayName + ", " + a.Organisation, a.AssessedStatus, a.Text, a.CreatedAt })
            .ToListAsync(cancellationToken);
        var clusters = await db.Clusters.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Name).ToListAsync(cancellationToken);
        var labels = await LabelsAsync(rows.Select(r => r.DocumentId).Distinct().ToList(), cancellationToken);

        var recommendations = rows.Select(r =>
        {
            var assigned = assignments.Where(a => a.RecommendationId == r.Id).ToList();
            var done = actions.GetValueOrDefault(r.Id) ?? [];
            var lastUpdate = done.Select(a => (DateTimeOffset?)(a.PublishedAt ?? a.UpdatedAt)).Append(r.StatusUpdatedAt).Max();
            return new ReportRecommendation(
                r.Id,
                r.Symbol,
                r.Paragraph,
                labels.GetValueOrDefault((r.DocumentId, r.Paragraph)) ?? r.Paragraph,
                r.TextIn(language),
                r.StatesIn(language),
                r.Position,
                r.Status,
                r.ClusterId is { } c ? clusters.FirstOrDefault(x => x.Id == c)?.NameIn(language) : null,
                r.ThemesIn(language),
                r.SdgsIn(language),
                assigned.Where(a => a.Role == AssignmentRole.Lead).Select(a => NameIn(a.Name, a.NameTranslations, language)).Distinct().Order(StringComparer.Ordinal).ToList(),
                assigned.Where(a => a.Role == AssignmentRole.Contributing).Select(a => NameIn(a.Name, a.NameTranslations, language)).Distinct().Order(StringComparer.Ordinal).ToList(),
                assigned.Where(a => a.Role == AssignmentRole.Lead).Min(a => a.Deadline) ?? assigned.Min(a => a.Deadline),
                indicators.GetValueOrDefault(r.Id) ?? [],
                done,
                assessments.Where(a => a.RecommendationId == r.Id).Select(a => new ReportAssessment(a.Author, a.AssessedStatus, a.Text, a.CreatedAt)).ToList(),
                lastUpdate);
        }).ToList();

        var rowById = rows.ToDictionary(r => r.Id);
        var grouped = recommendations.GroupBy(r => rowById[r.Id].ClusterId)
            .Select(g => (Cluster: g.Key is { } id ? clusters.FirstOrDefault(c => c.Id == id) : null, Items: g.ToList()))
            .OrderBy(g => g.Cluster is null ? 1 : 0)
            .ThenBy(g => g.Cluster?.SortOrder ?? 0)
            .ThenBy(g => g.Items.Min(i => rowById[i.Id].SortKey), StringComparer.Ordinal)
            .Select(g => new ReportCluster(g.Cluster?.Id, g.Cluster?.NameIn(language) ?? string.Empty, g.Items))
            .ToList();

        var review = await ReviewAsync(tenant, cycle, cancellationToken);
        var network = await NetworkFactsQuery.LoadAsync(db, options, tenant.LastReviewDate, cancellationToken);
        return new ReportModel(kind, options with { Cycle = cycle }, new StateInfo(StateName(tenant, language), tenant.CountryCode, tenant.DefaultLanguage), review, grouped, network, focus, clock.GetUtcNow());
    }

    /// <summary>What the methodology paragraphs built from the data would say, for the request form.</summary>
    public async Task<(string State, NetworkFacts Network, DateOnly? LastReview)> NetworkAsync(ReportOptions options, CancellationToken cancellationToken = default)
    {
        var tenantId = tenantContext.TenantId ?? throw new InvalidOperationException("A report needs a current tenant.");
        var tenant = await db.Tenants.AsNoTracking().SingleAsync(t => t.Id == tenantId, cancellationToken);
        return (StateName(tenant, options.Language), await NetworkFactsQuery.LoadAsync(db, options, tenant.LastReviewDate, cancellationToken), tenant.LastReviewDate);
    }

    private static string NameIn(string name, Dictionary<string, string> translations, string language) =>
        translations.TryGetValue(language, out var translated) && !string.IsNullOrWhiteSpace(translated) ? translated : name;

    /// <summary>The State's name in the report's language, from the country list; the tenant's own name otherwise.</summary>
    private static string StateName(Tenant tenant, string language) =>
        CountryDirectory.Instance.FindByCode(tenant.CountryCode)?.Name(language) is { Length: > 0 } name && language != tenant.DefaultLanguage ? name : tenant.Name;

    private Task<int?> LatestCycleAsync(CancellationToken cancellationToken) =>
        db.Recommendations.Where(r => r.MergedIntoId == null && r.Document!.Mechanism == Mechanism.Upr && r.Document.Cycle != null)
            .MaxAsync(r => r.Document!.Cycle, cancellationToken);

    private async Task<ReviewInfo> ReviewAsync(Tenant tenant, int? cycle, CancellationToken cancellationToken)
    {
        var document = cycle is null
            ? null
            : await db.SourceDocuments.AsNoTracking().Where(d => d.Mechanism == Mechanism.Upr && d.Cycle == cycle)
                .OrderByDescending(d => d.Recommendations.Count).FirstOrDefaultAsync(cancellationToken);
        return new ReviewInfo(cycle, document?.Session, document?.Symbol, tenant.LastReviewDate, tenant.NextReviewDate);
    }

    /// <summary>Short labels per document, computed over all its recommendations so that a filter does not renumber them.</summary>
    private async Task<Dictionary<(long, string), string>> LabelsAsync(List<long> documentIds, CancellationToken cancellationToken)
    {
        var paragraphs = await db.Recommendations.AsNoTracking().Where(r => documentIds.Contains(r.DocumentId))
            .Select(r => new { r.DocumentId, r.Paragraph }).ToListAsync(cancellationToken);
        return paragraphs.GroupBy(p => p.DocumentId)
            .SelectMany(g => RecommendationRanges.Labels(g.Select(p => p.Paragraph)).Select(l => (Key: (g.Key, l.Key), l.Value)))
            .ToDictionary(x => x.Key, x => x.Value);
    }

    private async Task<InstitutionFocus> InstitutionFocusAsync(ReportOptions options, CancellationToken cancellationToken)
    {
        var institution = await db.Institutions.AsNoTracking().FirstOrDefaultAsync(i => i.Id == options.InstitutionId, cancellationToken)
            ?? throw new ReportInputException(ReportFailure.InstitutionGone);
        var byStatus = await db.FollowUpEntries.Where(e => e.InstitutionId == institution.Id)
            .GroupBy(e => e.Status).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var lead = await db.Assignments.Where(a => a.InstitutionId == institution.Id && a.Role == AssignmentRole.Lead)
            .Select(a => a.RecommendationId).ToListAsync(cancellationToken);
        return new InstitutionFocus(institution.Id, institution.NameIn(options.Language), byStatus, lead);
    }
}

/// <summary>The request cannot be made as asked (the data changed since); the message is a drafter's reason.</summary>
public sealed class ReportInputException(string reason) : Exception(reason)
{
    public string Reason { get; } = reason;
}
