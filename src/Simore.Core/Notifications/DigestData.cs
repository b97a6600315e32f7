using Microsoft.EntityFrameworkCore;
using Simore.Core.Data;
using Simore.Core.FollowUp;

namespace Simore.Core.Notifications;

/// <summary>A recommendation assigned to an institution, with its deadline.</summary>
public sealed record DueRecommendation(long InstitutionId, long RecommendationId, string Label, DateOnly Deadline);

/// <summary>A follow-up entry waiting for someone.</summary>
public sealed record WaitingEntry(long Id, long InstitutionId, EntryStatus Status, string Label);

/// <summary>What the digests of one tenant and day are made of, read in a handful of queries for everyone.</summary>
public sealed record DigestData(
    IReadOnlyList<DueRecommendation> Recommendations,
    IReadOnlyList<WaitingEntry> Entries,
    IReadOnlyDictionary<long, Network.Institution> Institutions)
{
    public const int DueSoonDays = 30;

    private const int ExcerptLength = 120;

    /// <param name="focalInstitutions">Institutions whose assignments and returned entries are wanted.</param>
    /// <param name="validatorInstitutions">Institutions whose submitted entries are wanted.</param>
    /// <param name="forAdministrators">Whether validated entries (of every institution) are wanted.</param>
    public static async Task<DigestData> LoadAsync(
        SimoreDbContext db, DateOnly day, long[] focalInstitutions, long[] validatorInstitutions, bool forAdministrators, CancellationToken cancellationToken)
    {
        var horizon = day.AddDays(DueSoonDays);

        // Reported means: the institution published an entry on the recommendation since it was assigned.
        var assignments = await db.Assignments.AsNoTracking()
            .Where(a => focalInstitutions.Contains(a.InstitutionId) && a.Deadline != null && a.Deadline <= horizon)
            .Where(a => !db.FollowUpEntries.Any(e => e.InstitutionId == a.InstitutionId
                && e.Status == EntryStatus.Published
                && (e.PublishedAt ?? e.UpdatedAt) >= a.AssignedAt
                && e.Recommendations.Any(r => r.RecommendationId == a.RecommendationId)))
            .Join(db.Recommendations.Where(r => r.MergedIntoId == null), a => a.RecommendationId, r => r.Id,
                (a, r) => new { a.InstitutionId, a.Deadline, r.Id, r.Paragraph, r.Text, r.Document!.Symbol, r.SortKey })
            .OrderBy(x => x.Deadline).ThenBy(x => x.Symbol).ThenBy(x => x.SortKey)
            .ToListAsync(cancellationToken);

        var entries = await db.FollowUpEntries.AsNoTracking()
            .Where(e => (e.Status == EntryStatus.Returned && focalInstitutions.Contains(e.InstitutionId))
                || (e.Status == EntryStatus.Submitted && validatorInstitutions.Contains(e.InstitutionId))
                || (e.Status == EntryStatus.Validated && forAdministrators))
            .OrderBy(e => e.UpdatedAt).ThenBy(e => e.Id)
            .Select(e => new { e.Id, e.InstitutionId, e.Status, e.Text, Recommendations = e.Recommendations.Select(r => r.RecommendationId).ToList() })
            .ToListAsync(cancellationToken);

        var recommendationIds = entries.SelectMany(e => e.Recommendations).Distinct().ToArray();
        var paragraphs = await db.Recommendations.AsNoTracking().Where(r => recommendationIds.Contains(r.Id))
            .Select(r => new { r.Id, r.Paragraph }).ToDictionaryAsync(r => r.Id, r => r.Paragraph, cancellationToken);
        var institutionIds = entries.Select(e => e.InstitutionId).Distinct().ToArray();
        var institutions = await db.Institutions.AsNoTracking().Where(i => institutionIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);

        return new DigestData(
            assignments.Select(a => new DueRecommendation(a.InstitutionId, a.Id, $"{a.Symbol} {a.Paragraph}: {Excerpt(a.Text)}", a.Deadline!.Value)).ToList(),
            entries.Select(e => new WaitingEntry(e.Id, e.InstitutionId, e.Status, EntryLabel(e.Recommendations.Select(id => paragraphs.GetValueOrDefault(id)), e.Text))).ToList(),
            institutions);
    }

    private static string EntryLabel(IEnumerable<string?> paragraphs, string text)
    {
        var numbers = string.Join(", ", paragraphs.OfType<string>().Order(StringComparer.Ordinal));
        return numbers.Length == 0 ? Excerpt(text) : $"{numbers}: {Excerpt(text)}";
    }

    private static string Excerpt(string text)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length <= ExcerptLength)
        {
            return flat;
        }

        var space = flat.LastIndexOf(' ', ExcerptLength);
        return flat[..(space > ExcerptLength / 2 ? space : ExcerptLength)] + "...";
    }
}
