using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Simore.Core.Data;
using Simore.Core.Localization;
using Simore.Web.Infrastructure;

namespace Simore.Web.Features.Registry;

/// <summary>The administrator's list of every recommendation, with filters and bulk actions.</summary>
[Route("{tenant}/admin/recommendations")]
[Authorize(Policy = Policies.Administrator)]
public sealed class RecommendationsController(SimoreDbContext db, IStringLocalizer<SharedResource> l) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] RecommendationFilter filter, CancellationToken cancellationToken)
    {
        // A malformed filter in a hand-edited URL is ignored; a search text too long to be meant is cut, and the page says so.
        ModelState.Clear();
        if (filter.Q?.Trim() is { Length: > Api.PortalQueryRules.MaxQueryLength } q)
        {
            filter = filter with { Q = q[..Api.PortalQueryRules.MaxQueryLength] };
            ModelState.AddModelError(nameof(filter.Q), l["The search text is too long (at most {0} characters).", Api.PortalQueryRules.MaxQueryLength]);
        }

        var query = filter.Apply(db.Recommendations.AsNoTracking());
        var total = await query.CountAsync(cancellationToken);
        var page = Math.Clamp(filter.Page, 1, Math.Max(1, (int)Math.Ceiling(total / (double)RecommendationFilter.PageSize)));
        var items = await query
            .Skip((page - 1) * RecommendationFilter.PageSize)
            .Take(RecommendationFilter.PageSize)
            .Select(r => new RecommendationListItem(
                r.Id,
                r.Document!.Symbol,
                r.Paragraph,
                r.Text,
                r.Position,
                r.Cluster,
                r.States.Select(s => s.CountryCode).ToList(),
                r.Themes.Count,
                r.Groups.Count,
                r.SdgGoals.Count + r.SdgTargets.Count,
                r.MergedIntoId != null,
                r.Assignments.Count,
                r.Status))
            .ToListAsync(cancellationToken);
        return View(new RecommendationListModel(filter with { Page = page }, items, total, await ClustersAsync(cancellationToken), await DocumentsAsync(cancellationToken), await CyclesAsync(cancellationToken), await Institutions.InstitutionOption.ActiveAsync(db, cancellationToken)));
    }

    [HttpPost("bulk")]
    public async Task<IActionResult> Bulk(BulkActionForm form, [FromServices] BulkActionHandler handler, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            TempData["Error"] = string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage).Distinct());
        }
        else
        {
            var changed = await handler.HandleAsync(form, cancellationToken);
            if (changed is null)
            {
                return NotFound();
            }

            TempData["Message"] = l["{0} recommendations updated.", changed.Value].Value;
        }

        return LocalRedirect(Url.IsLocalUrl(form.ReturnUrl) ? form.ReturnUrl! : Url.Action(nameof(Index), new { tenant = this.Tenant() })!);
    }

    private Task<List<ClusterOption>> ClustersAsync(CancellationToken cancellationToken) =>
        ClusterOption.ListAsync(db, cancellationToken);

    private Task<List<DocumentOption>> DocumentsAsync(CancellationToken cancellationToken) =>
        db.SourceDocuments.AsNoTracking().OrderBy(d => d.Symbol).Select(d => new DocumentOption(d.Id, d.Symbol, d.Cycle)).ToListAsync(cancellationToken);

    private Task<List<int>> CyclesAsync(CancellationToken cancellationToken) =>
        db.SourceDocuments.AsNoTracking().Where(d => d.Cycle != null).Select(d => d.Cycle!.Value).Distinct().OrderBy(c => c).ToListAsync(cancellationToken);
}
