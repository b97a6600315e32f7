using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Simore.Core.Data;
using Simore.Core.Registry;
using Simore.Core.Tenancy;

namespace Simore.Web.Features.Portal;

/// <summary>The public face of a tenant: anyone can read every recommendation the State received.</summary>
[Route("{tenant}")]
public sealed class PortalController(SimoreDbContext db, ITenantContext tenantContext) : Controller
{
    private const int PageSize = 25;

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var counts = await db.Recommendations
            .GroupBy(r => r.Position)
            .Select(g => new { Position = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var documents = await db.SourceDocuments.AsNoTracking()
            .OrderByDescending(d => d.Cycle).ThenBy(d => d.Symbol)
            .Select(d => new DocumentSummary(d.Symbol, d.Mechanism, d.BodyCode, d.Cycle, d.Session, d.Recommendations.Count))
            .ToListAsync(cancellationToken);
        return View(new LandingModel(
            tenantContext.Tenant!,
            counts.ToDictionary(c => c.Position, c => c.Count),
            documents));
    }

    [HttpGet("recommendations")]
    public async Task<IActionResult> Recommendations([FromQuery] RecommendationQuery query, CancellationToken cancellationToken)
    {
        var page = Math.Max(1, query.Page);
        var recommendations = db.Recommendations.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var term = "%" + query.Q.Trim().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            recommendations = recommendations.Where(r => EF.Functions.ILike(r.Text, term) || EF.Functions.ILike(r.Paragraph, term));
        }

        if (query.Position is Position position)
        {
            recommendations = recommendations.Where(r => r.Position == position);
        }

        var total = await recommendations.CountAsync(cancellationToken);
        var items = await recommendations
            .OrderBy(r => r.Document!.Symbol).ThenBy(r => r.SortKey)
            .Skip((page - 1) * PageSize)
            .Take(PageSize)
            .Select(r => new RecommendationRow(r.Id, r.Paragraph, r.Document!.Symbol, r.Text, r.Position, r.RecommendingStates))
            .ToListAsync(cancellationToken);
        return View(new RecommendationListModel(query with { Page = page }, items, total, PageSize));
    }

    [HttpGet("recommendations/{id:long}")]
    public async Task<IActionResult> Recommendation(long id, CancellationToken cancellationToken)
    {
        var recommendation = await db.Recommendations.AsNoTracking()
            .Include(r => r.Document).Include(r => r.States).Include(r => r.Themes).Include(r => r.Groups).Include(r => r.SdgGoals)
            .Include(r => r.Assignments).ThenInclude(a => a.Institution)
            .Include(r => r.PositionHistory.OrderBy(p => p.RecordedAt))
            .AsSplitQuery()
            .FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (recommendation is null)
        {
            return NotFound();
        }

        // Only published follow-up reaches the public.
        var entries = await db.FollowUpEntries.AsNoTracking()
            .Include(e => e.Institution).Include(e => e.Evidence)
            .Where(e => e.Status == Simore.Core.FollowUp.EntryStatus.Published && e.Recommendations.Any(x => x.RecommendationId == id))
            .OrderByDescending(e => e.PublishedAt)
            .ToListAsync(cancellationToken);
        return View(new PublicRecommendation(recommendation, entries));
    }
}

public sealed record PublicRecommendation(Recommendation Recommendation, IReadOnlyList<Simore.Core.FollowUp.FollowUpEntry> Entries);
