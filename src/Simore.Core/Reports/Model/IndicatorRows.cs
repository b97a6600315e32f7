using Microsoft.EntityFrameworkCore;
using Simore.Core.Data;

namespace Simore.Core.Reports.Model;

/// <summary>The indicators of the recommendations, each with its latest value.</summary>
internal static class IndicatorRows
{
    public static async Task<Dictionary<long, List<ReportIndicator>>> LoadAsync(SimoreDbContext db, List<long> recommendationIds, CancellationToken cancellationToken)
    {
        var indicators = await db.Indicators.AsNoTracking()
            .Where(i => i.RecommendationId != null && recommendationIds.Contains(i.RecommendationId.Value))
            .OrderBy(i => i.Id)
            .Select(i => new
            {
                RecommendationId = i.RecommendationId!.Value,
                i.Title,
                i.Unit,
                i.Baseline,
                i.Target,
                i.TargetYear,
                Latest = i.Values.OrderByDescending(v => v.ObservedOn).Select(v => new { v.Value, v.ObservedOn }).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return indicators.GroupBy(i => i.RecommendationId).ToDictionary(
            g => g.Key,
            g => g.Select(i => new ReportIndicator(i.Title, i.Unit, i.Baseline, i.Target, i.TargetYear, i.Latest?.Value, i.Latest?.ObservedOn)).ToList());
    }
}
