using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Simore.Core.Data;
using Simore.Core.FollowUp;
using Simore.Core.Registry;
using Simore.Web.Infrastructure;

namespace Simore.Web.Features.Workspace;

/// <summary>The administrator's overview of one State: what waits for them and where the follow-up stands.</summary>
[Route("{tenant}/admin")]
[Authorize(Policy = Policies.Administrator)]
public sealed class WorkspaceController(SimoreDbContext db, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var active = db.Recommendations.Where(r => r.MergedIntoId == null);
        var positions = await active.GroupBy(r => r.Position).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var statuses = await active.GroupBy(r => r.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var entries = await db.FollowUpEntries.GroupBy(e => e.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var model = new WorkspaceModel(
            positions,
            statuses.ToDictionary(s => s.Key?.ToString() ?? "none", s => s.Count),
            entries,
            await active.CountAsync(r => !r.Assignments.Any(), cancellationToken),
            await active.CountAsync(r => r.Assignments.Any(a => a.Deadline < today) && r.Status != ImplementationStatus.FullyImplemented, cancellationToken),
            await active.CountAsync(r => !r.Themes.Any(), cancellationToken),
            await db.Institutions.CountAsync(i => i.IsActive, cancellationToken),
            await db.Memberships.CountAsync(m => m.EndedAt == null, cancellationToken));
        return View(model);
    }
}

public sealed record WorkspaceModel(
    IReadOnlyDictionary<Position, int> Positions,
    IReadOnlyDictionary<string, int> Statuses,
    IReadOnlyDictionary<EntryStatus, int> Entries,
    int WithoutInstitution,
    int Overdue,
    int WithoutTheme,
    int Institutions,
    int People)
{
    public int Entry(EntryStatus status) => Entries.GetValueOrDefault(status);

    public int Status(ImplementationStatus? status) => Statuses.GetValueOrDefault(status?.ToString() ?? "none");
}
