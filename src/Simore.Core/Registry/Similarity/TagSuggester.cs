using Microsoft.EntityFrameworkCore;
using Simore.Core.Data;

namespace Simore.Core.Registry.Similarity;

/// <summary>
/// Suggests themes, groups of persons and SDGs for a recommendation that lacks them, from the tags
/// of its most similar tagged recommendations (weighted by similarity). Suggestions the
/// administrator rejected are not suggested again.
/// </summary>
public sealed class TagSuggester(SimoreDbContext db, TimeProvider clock)
{
    /// <summary>A tag is suggested when similar recommendations carrying it weigh at least this share.</summary>
    public const double MinimumShare = 0.35;

    private const int Neighbours = 15;

    /// <summary>Computes suggestions (nothing is written); refused ones are left out.</summary>
    public async Task<IReadOnlyList<SuggestedTag>> SuggestAsync(long recommendationId, CancellationToken cancellationToken = default)
    {
        var subject = await db.Recommendations.AsNoTracking()
            .Where(r => r.Id == recommendationId)
            .Select(r => new
            {
                r.Text,
                Themes = r.Themes.Select(t => t.ThemeCode).ToList(),
                Groups = r.Groups.Select(g => g.GroupCode).ToList(),
                Goals = r.SdgGoals.Select(g => g.Goal).ToList(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (subject is null)
        {
            return [];
        }

        var neighbours = await db.Recommendations.AsNoTracking()
            .Where(r => r.Id != recommendationId && EF.Functions.TrigramsAreSimilar(r.Text, subject.Text) && (r.Themes.Any() || r.Groups.Any() || r.SdgGoals.Any()))
            .OrderByDescending(r => EF.Functions.TrigramsSimilarity(r.Text, subject.Text))
            .Take(Neighbours)
            .Select(r => new
            {
                Score = EF.Functions.TrigramsSimilarity(r.Text, subject.Text),
                Themes = r.Themes.Select(t => t.ThemeCode).ToList(),
                Groups = r.Groups.Select(g => g.GroupCode).ToList(),
                Goals = r.SdgGoals.Select(g => g.Goal).ToList(),
            })
            .ToListAsync(cancellationToken);
        var total = neighbours.Sum(n => n.Score);
        if (total <= 0)
        {
            return [];
        }

        var scored = new List<SuggestedTag>();
        if (subject.Themes.Count == 0)
        {
            scored.AddRange(Shares(neighbours.Select(n => (n.Score, (IEnumerable<string>)n.Themes)), total).Select(s => new SuggestedTag(SuggestionKind.Theme, s.Code, s.Share)));
        }

        if (subject.Groups.Count == 0)
        {
            scored.AddRange(Shares(neighbours.Select(n => (n.Score, (IEnumerable<string>)n.Groups)), total).Select(s => new SuggestedTag(SuggestionKind.Group, s.Code, s.Share)));
        }

        if (subject.Goals.Count == 0)
        {
            scored.AddRange(Shares(neighbours.Select(n => (n.Score, n.Goals.Select(g => g.ToString(System.Globalization.CultureInfo.InvariantCulture)))), total).Select(s => new SuggestedTag(SuggestionKind.SdgGoal, s.Code, s.Share)));
        }

        var refused = await db.TagSuggestions.AsNoTracking()
            .Where(s => s.RecommendationId == recommendationId && s.Status == LinkStatus.Rejected)
            .Select(s => new { s.Kind, s.Code })
            .ToListAsync(cancellationToken);
        return scored
            .Where(s => s.Share >= MinimumShare && !refused.Any(r => r.Kind == s.Kind && r.Code == s.Code))
            .OrderBy(s => s.Kind).ThenByDescending(s => s.Share)
            .ToList();
    }

    /// <summary>Accepting adds the tag (origin Suggested); both decisions are remembered.</summary>
    public async Task DecideAsync(long recommendationId, SuggestionKind kind, string code, bool accept, string decidedBy, CancellationToken cancellationToken = default)
    {
        var suggestion = await db.TagSuggestions.FirstOrDefaultAsync(s => s.RecommendationId == recommendationId && s.Kind == kind && s.Code == code, cancellationToken);
        if (suggestion is null)
        {
            suggestion = new TagSuggestion { RecommendationId = recommendationId, Kind = kind, Code = code };
            db.TagSuggestions.Add(suggestion);
        }

        suggestion.Status = accept ? LinkStatus.Confirmed : LinkStatus.Rejected;
        suggestion.DecidedBy = decidedBy;
        suggestion.DecidedAt = clock.GetUtcNow();
        if (accept)
        {
            switch (kind)
            {
                case SuggestionKind.Theme when !await db.RecommendationThemes.AnyAsync(t => t.RecommendationId == recommendationId && t.ThemeCode == code, cancellationToken):
                    db.RecommendationThemes.Add(new RecommendationTheme { RecommendationId = recommendationId, ThemeCode = code, Origin = TagOrigin.Suggested });
                    break;
                case SuggestionKind.Group when !await db.RecommendationGroups.AnyAsync(t => t.RecommendationId == recommendationId && t.GroupCode == code, cancellationToken):
                    db.RecommendationGroups.Add(new RecommendationGroup { RecommendationId = recommendationId, GroupCode = code, Origin = TagOrigin.Suggested });
                    break;
                case SuggestionKind.SdgGoal:
                    var goal = int.Parse(code, System.Globalization.CultureInfo.InvariantCulture);
                    if (!await db.RecommendationSdgGoals.AnyAsync(t => t.RecommendationId == recommendationId && t.Goal == goal, cancellationToken))
                    {
                        db.RecommendationSdgGoals.Add(new RecommendationSdgGoal { RecommendationId = recommendationId, Goal = goal, Origin = TagOrigin.Suggested });
                    }

                    break;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static IEnumerable<(string Code, double Share)> Shares(IEnumerable<(double Score, IEnumerable<string> Codes)> neighbours, double total) =>
        neighbours
            .SelectMany(n => n.Codes.Distinct().Select(code => (code, n.Score)))
            .GroupBy(p => p.code, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Sum(p => p.Score) / total));
}

public sealed record SuggestedTag(SuggestionKind Kind, string Code, double Share);
