using Microsoft.EntityFrameworkCore;
using Simore.Core.Data;
using Simore.Core.FollowUp;
using Simore.Core.Registry;
using Simore.Core.Registry.Reference;

namespace Simore.Core.Reports.Model;

/// <summary>The recommendations a report covers, with what is needed to show them in any language.</summary>
internal sealed record RecommendationRow(
    long Id,
    long DocumentId,
    string Symbol,
    string Paragraph,
    string SortKey,
    string Text,
    Position Position,
    ImplementationStatus? Status,
    DateTimeOffset? StatusUpdatedAt,
    long? ClusterId,
    List<string> RecommendingStates,
    List<string> StateCodes,
    List<string> ThemeCodes,
    List<int> Goals,
    List<string> Targets,
    List<(string Language, string? Text)> Translations)
{
    public static async Task<List<RecommendationRow>> LoadAsync(SimoreDbContext db, ReportKind kind, int? cycle, ReportOptions options, CancellationToken cancellationToken)
    {
        var query = db.Recommendations.AsNoTracking().Where(r => r.MergedIntoId == null);
        if (kind is ReportKind.National or ReportKind.MidTerm)
        {
            query = query.Where(r => r.Document!.Mechanism == Mechanism.Upr);
        }

        if (cycle is not null)
        {
            query = query.Where(r => r.Document!.Mechanism == Mechanism.Upr && r.Document.Cycle == cycle);
        }

        if (options.ClusterIds.Count > 0)
        {
            var clusters = options.ClusterIds.ToList();
            query = query.Where(r => r.ClusterId != null && clusters.Contains(r.ClusterId.Value));
        }

        if (kind == ReportKind.Institution && options.InstitutionId is { } institution)
        {
            query = query.Where(r => r.Assignments.Any(a => a.InstitutionId == institution)
                || db.EntryRecommendations.Any(er => er.RecommendationId == r.Id && db.FollowUpEntries.Any(e => e.Id == er.EntryId && e.InstitutionId == institution)));
        }

        var rows = await query
            .OrderBy(r => r.Document!.Symbol).ThenBy(r => r.SortKey)
            .Select(r => new
            {
                r.Id,
                r.DocumentId,
                r.Document!.Symbol,
                r.Paragraph,
                r.SortKey,
                r.Text,
                r.Position,
                r.Status,
                r.StatusUpdatedAt,
                r.ClusterId,
                r.RecommendingStates,
                States = r.States.Select(s => s.CountryCode).ToList(),
                Themes = r.Themes.Select(t => t.ThemeCode).ToList(),
                Goals = r.SdgGoals.Select(g => g.Goal).ToList(),
                Targets = r.SdgTargets.Select(t => t.TargetCode).ToList(),
                Translations = r.Translations.Where(t => t.Text != null).Select(t => new { t.Language, t.Text }).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return rows.Select(r => new RecommendationRow(
            r.Id, r.DocumentId, r.Symbol, r.Paragraph, r.SortKey, r.Text, r.Position, r.Status, r.StatusUpdatedAt, r.ClusterId,
            r.RecommendingStates, r.States, r.Themes, r.Goals, r.Targets, r.Translations.Select(t => (t.Language, t.Text)).ToList())).ToList();
    }

    public string TextIn(string language) =>
        Translations.FirstOrDefault(t => t.Language == language).Text is { Length: > 0 } translated ? translated : Text;

    /// <summary>The recommending States by name in the language; as the source wrote them when they were not resolved.</summary>
    public IReadOnlyList<string> StatesIn(string language) => StateCodes.Count == 0
        ? RecommendingStates
        : StateCodes.Select(code => CountryDirectory.Instance.FindByCode(code)?.Name(language) ?? code).ToList();

    public IReadOnlyList<string> ThemesIn(string language) =>
        ThemeCodes.Select(code => Taxonomy.Instance.ThemesByCode.TryGetValue(code, out var theme) ? theme.Names.In(language) : code)
            .Order(StringComparer.Ordinal).ToList();

    /// <summary>Goals by number and name ("5. Gender equality"), then targets by code.</summary>
    public IReadOnlyList<string> SdgsIn(string language) =>
        Goals.Order().Select(g => Taxonomy.Instance.GoalsByNumber.TryGetValue(g, out var goal) ? $"{g}. {goal.ShortName.In(language)}" : g.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Concat(Targets.Order(StringComparer.Ordinal))
            .ToList();
}
