using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Simore.Core.Data;
using Simore.Core.Registry;
using Simore.Web.Infrastructure;

namespace Simore.Web.Features.Workspace;

/// <summary>The administrator's workspace for one State.</summary>
[Route("{tenant}/admin")]
[Authorize(Policy = Policies.Administrator)]
public sealed class WorkspaceController(SimoreDbContext db) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var positions = await db.Recommendations
            .GroupBy(r => r.Position)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var members = await db.Memberships.AsNoTracking()
            .OrderBy(m => m.Role).ThenBy(m => m.User!.DisplayName)
            .Select(m => new MemberRow(m.User!.DisplayName, m.User.Email!, m.Role, m.User.IsActive))
            .ToListAsync(cancellationToken);
        return View(new WorkspaceModel(positions, members));
    }
}

public sealed record MemberRow(string DisplayName, string Email, string Role, bool IsActive);

public sealed record WorkspaceModel(IReadOnlyDictionary<Position, int> Positions, IReadOnlyList<MemberRow> Members);
