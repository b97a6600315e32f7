using Microsoft.EntityFrameworkCore;
using Simore.Core.Data;

namespace Simore.Web.Features.Registry;

/// <summary>One line of a recommendation's history: any change, position, assignment or follow-up step.</summary>
public sealed record HistoryLine(DateTimeOffset At, string Who, string What, string? Detail);

public sealed record RecommendationHistory(long Id, string Reference, IReadOnlyList<HistoryLine> Lines);

/// <summary>
/// Everything that happened to a recommendation, newest first: the audit trail (edits,
/// classification, assignments, parts), positions, and each step of the follow-up entries on it.
/// </summary>
public sealed class RecommendationHistoryQuery(SimoreDbContext db)
{
    public async Task<RecommendationHistory?> LoadAsync(long id, CancellationToken cancellationToken)
    {
        var reference = await db.Recommendations.Where(r => r.Id == id).Select(r => r.Document!.Symbol + " " + r.Paragraph).FirstOrDefaultAsync(cancellationToken);
        if (reference is null)
        {
            return null;
        }

        var audit = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == "Recommendation" && a.EntityId == id)
            .Select(a => new HistoryLine(a.At, a.UserName, "audit:" + a.Action, a.Changes))
            .ToListAsync(cancellationToken);
        var positions = await db.PositionChanges.AsNoTracking()
            .Where(p => p.RecommendationId == id)
            .Select(p => new HistoryLine(p.RecordedAt, p.RecordedBy, "position:" + p.Position, p.Source))
            .ToListAsync(cancellationToken);
        var steps = await db.EntryTransitions.AsNoTracking()
            .Where(t => db.EntryRecommendations.Any(er => er.EntryId == t.EntryId && er.RecommendationId == id))
            .Select(t => new HistoryLine(t.At, t.UserName, "entry:" + t.To, t.Comment))
            .ToListAsync(cancellationToken);
        var lines = audit.Concat(positions).Concat(steps).OrderByDescending(l => l.At).ToList();
        return new RecommendationHistory(id, reference, lines);
    }
}
