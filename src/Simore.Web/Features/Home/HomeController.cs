using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Simore.Core.Data;

namespace Simore.Web.Features.Home;

/// <summary>The platform's front page: the States this deployment serves.</summary>
public sealed class HomeController(SimoreDbContext db) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var tenants = await db.Tenants.AsNoTracking()
            .Where(t => t.IsActive)
            .OrderBy(t => t.Name)
            .Select(t => new TenantLink(t.Slug, t.Name))
            .ToListAsync(cancellationToken);
        return View(tenants);
    }
}

public sealed record TenantLink(string Slug, string Name);
