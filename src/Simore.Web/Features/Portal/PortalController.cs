using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Simore.Core.Data;
using Simore.Core.Localization;
using Simore.Core.Portal;
using Simore.Core.Tenancy;
using Simore.Web.Infrastructure;

namespace Simore.Web.Features.Portal;

/// <summary>The public face of a tenant: anyone can read every recommendation the State received and what was done.</summary>
[Route("{tenant}")]
[OutputCache(PolicyName = PortalOutputCache.Policy)]
public sealed class PortalController(SimoreDbContext db, ITenantContext tenantContext) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromServices] DashboardQuery dashboard, CancellationToken cancellationToken)
    {
        var documents = await db.SourceDocuments.AsNoTracking()
            .OrderByDescending(d => d.PublishedOn).ThenByDescending(d => d.Cycle).ThenBy(d => d.Symbol)
            .Select(d => new DocumentSummary(d.Symbol, d.Mechanism, d.BodyCode, d.Cycle, d.Session, d.PublishedOn, d.Recommendations.Count(r => r.MergedIntoId == null)))
            .ToListAsync(cancellationToken);
        return View(new LandingModel(tenantContext.Tenant!, documents, await dashboard.RunAsync(this.Tenant(), cancellationToken)));
    }

    /// <summary>The figures behind the landing page's charts, for the chart script and for anyone who wants them.</summary>
    [HttpGet("dashboard.json")]
    public async Task<IActionResult> Dashboard([FromServices] DashboardQuery dashboard, CancellationToken cancellationToken) =>
        Json(await dashboard.RunAsync(this.Tenant(), cancellationToken));

    [HttpGet("recommendations")]
    public async Task<IActionResult> Recommendations([FromQuery] PortalQuery query, [FromServices] SearchPageQuery search, [FromServices] IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        // A malformed filter in a hand-edited URL is dropped, not an error page: the rest of the search still answers.
        ModelState.Clear();
        if (query.Q?.Trim().Length > Api.PortalQueryRules.MaxQueryLength)
        {
            // Searched with its beginning, and said so: the reader should not think the whole text was looked for.
            ModelState.AddModelError(nameof(query.Q), l["The search text is too long (at most {0} characters).", Api.PortalQueryRules.MaxQueryLength]);
        }

        return View(await search.RunAsync(query, "/" + this.Tenant() + "/recommendations", cancellationToken));
    }

    [HttpGet("recommendations/{id:long}")]
    public async Task<IActionResult> Recommendation(long id, [FromServices] PublicRecommendationQuery recommendation, CancellationToken cancellationToken)
    {
        var model = await recommendation.RunAsync(id, cancellationToken);
        return model is null ? NotFound() : View(model);
    }
}
