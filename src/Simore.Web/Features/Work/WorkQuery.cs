using Microsoft.EntityFrameworkCore;
using Simore.Core.Data;
using Simore.Core.FollowUp;
using Simore.Core.Network;

namespace Simore.Web.Features.Work;

public sealed record WorkRow(
    long RecommendationId,
    string Reference,
    string Text,
    AssignmentRole Role,
    DateOnly? Deadline,
    Priority Priority,
    ImplementationStatus? Status,
    EntryStatus? LatestEntry,
    long? LatestEntryId)
{
    public bool IsOverdue(DateOnly today) => Deadline < today && Status != ImplementationStatus.FullyImplemented;
}

public sealed record WorkModel(IReadOnlyList<WorkRow> Rows, string? Show, DateOnly Today);

/// <summary>The recommendations assigned to the focal point's institutions, with where their follow-up stands.</summary>
public sealed class WorkQuery(SimoreDbContext db, TimeProvider clock)
{
    public async Task<WorkModel> LoadAsync(IReadOnlyList<long> institutions, string? show, CancellationToken cancellationToken)
    {
        var rows = await db.Recommendations.AsNoTracking()
            .Where(r => r.MergedIntoId == null && r.Assignments.Any(a => institutions.Contains(a.InstitutionId)))
            .OrderBy(r => r.Document!.Symbol).ThenBy(r => r.SortKey)
            .Select(r => new
            {
                r.Id,
                Reference = r.Document!.Symbol + " " + r.Paragraph,
                r.Text,
                r.Status,
                Assignment = r.Assignments.Where(a => institutions.Contains(a.InstitutionId)).OrderBy(a => a.Role).First(),
                Latest = db.FollowUpEntries
                    .Where(e => institutions.Contains(e.InstitutionId) && e.Recommendations.Any(x => x.RecommendationId == r.Id))
                    .OrderByDescending(e => e.UpdatedAt)
                    .Select(e => new { e.Id, e.Status })
                    .FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var all = rows.Select(r => new WorkRow(r.Id, r.Reference, r.Text, r.Assignment.Role, r.Assignment.Deadline, r.Assignment.Priority, r.Status, r.Latest?.Status, r.Latest?.Id)).ToList();
        var shown = show switch
        {
            "overdue" => all.Where(r => r.IsOverdue(today)).ToList(),
            "returned" => all.Where(r => r.LatestEntry == EntryStatus.Returned).ToList(),
            "todo" => all.Where(r => r.LatestEntry is null or EntryStatus.Draft or EntryStatus.Returned).ToList(),
            _ => all,
        };
        return new WorkModel(shown, show, today);
    }
}
