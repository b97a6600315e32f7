using Microsoft.EntityFrameworkCore;
using Simore.Core.Data;
using Simore.Core.FollowUp;

namespace Simore.Core.Reports.Model;

/// <summary>The follow-up a report compiles, per recommendation, oldest first.</summary>
internal static class ActionRows
{
    public static async Task<Dictionary<long, List<ReportAction>>> LoadAsync(
        SimoreDbContext db, List<long> recommendationIds, ReportOptions options, long? institutionId, CancellationToken cancellationToken)
    {
        var statuses = options.IncludeUnpublished
            ? new[] { EntryStatus.Published, EntryStatus.Validated, EntryStatus.Submitted }
            : [EntryStatus.Published];
        var entries = db.FollowUpEntries.AsNoTracking().Where(e => statuses.Contains(e.Status));
        if (institutionId is { } institution)
        {
            entries = entries.Where(e => e.InstitutionId == institution);
        }

        var rows = await db.EntryRecommendations.AsNoTracking()
            .Where(er => recommendationIds.Contains(er.RecommendationId))
            .Join(entries, er => er.EntryId, e => e.Id, (er, e) => new
            {
                er.RecommendationId,
                e.Id,
                Institution = e.Institution!.Name,
                InstitutionTranslations = e.Institution.NameTranslations,
                e.Text,
                e.PublishedText,
                e.Translations,
                e.MeasureKind,
                e.StartDate,
                e.EndDate,
                e.ProposedStatus,
                e.Status,
                e.PublishedAt,
                e.UpdatedAt,
                e.Challenges,
                e.TechnicalAssistanceNeeds,
            })
            .ToListAsync(cancellationToken);
        var language = options.Language;
        return rows
            .Where(r => InPeriod(r.StartDate, r.EndDate, r.PublishedAt ?? r.UpdatedAt, options.From, options.To))
            .OrderBy(r => r.StartDate ?? DateOnly.FromDateTime((r.PublishedAt ?? r.UpdatedAt).UtcDateTime)).ThenBy(r => r.Id)
            .GroupBy(r => r.RecommendationId)
            .ToDictionary(g => g.Key, g => g.Select(r => new ReportAction(
                r.Id,
                r.InstitutionTranslations.TryGetValue(language, out var name) && !string.IsNullOrWhiteSpace(name) ? name : r.Institution,
                TextIn(r.Status, r.Text, r.PublishedText, r.Translations, language),
                r.MeasureKind,
                r.StartDate,
                r.EndDate,
                r.ProposedStatus,
                r.Status,
                r.PublishedAt,
                r.UpdatedAt,
                Blank(r.Challenges),
                Blank(r.TechnicalAssistanceNeeds))).ToList());
    }

    /// <summary>
    /// An entry belongs to the period when what it reports overlaps it: its start and end dates, or,
    /// without dates, the day it was published (or last changed, when not yet published).
    /// </summary>
    public static bool InPeriod(DateOnly? start, DateOnly? end, DateTimeOffset reportedAt, DateOnly? from, DateOnly? to)
    {
        var day = DateOnly.FromDateTime(reportedAt.UtcDateTime);
        var first = start ?? end ?? day;
        var last = end ?? start ?? day;
        return (from is null || last >= from) && (to is null || first <= to);
    }

    /// <summary>Published: the administrator's wording, else the translation, else the focal point's text; not yet published: the focal point's.</summary>
    private static string TextIn(EntryStatus status, string text, string? publishedText, Dictionary<string, string> translations, string language) =>
        status == EntryStatus.Published && publishedText is { Length: > 0 }
            ? publishedText
            : translations.GetValueOrDefault(language) is { Length: > 0 } translated ? translated : text;

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
