using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Simore.Core.Auditing;
using Simore.Core.Data;
using Simore.Core.Localization;
using Simore.Core.Registry;
using Simore.Core.Registry.Curation;
using Simore.Core.Registry.Similarity;
using Simore.Web.Infrastructure;

namespace Simore.Web.Features.Registry;

/// <summary>One recommendation in the administrator's workspace.</summary>
[Route("{tenant}/admin/recommendations")]
[Authorize(Policy = Policies.Administrator)]
public sealed class RecommendationController(SimoreDbContext db, RecommendationCuration curation, IStringLocalizer<SharedResource> l) : Controller
{
    [HttpGet("{id:long}")]
    public async Task<IActionResult> Details(long id, [FromServices] RecommendationDetailsQuery query, CancellationToken cancellationToken) =>
        await query.LoadAsync(id, cancellationToken) is { } model ? View(model) : NotFound();

    [HttpGet("new")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) =>
        View(await CreateModelAsync(new RecommendationCreateForm(), cancellationToken));

    [HttpPost("new")]
    public async Task<IActionResult> Create(RecommendationCreateForm form, [FromServices] RecommendationCreateHandler handler, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var (id, problem) = await handler.HandleAsync(form, cancellationToken);
            if (id is not null)
            {
                TempData["Message"] = l["The recommendation was created."].Value;
                return RedirectToAction(nameof(Details), new { tenant = this.Tenant(), id });
            }

            ModelState.AddModelError(string.Empty, l[problem!]);
        }

        return View(await CreateModelAsync(form, cancellationToken));
    }

    [HttpGet("{id:long}/edit")]
    public async Task<IActionResult> Edit(long id, CancellationToken cancellationToken)
    {
        var r = await LoadForEditAsync(id, cancellationToken);
        return r is null ? NotFound() : View(await EditModelAsync(r, RecommendationForm.From(r), null, cancellationToken));
    }

    [HttpPost("{id:long}/edit")]
    public async Task<IActionResult> Edit(long id, RecommendationForm form, [FromServices] RecommendationEditHandler handler, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            switch (await handler.HandleAsync(id, form, cancellationToken))
            {
                case EditOutcome.Saved:
                    TempData["Message"] = l["The recommendation was saved."].Value;
                    return RedirectToAction(nameof(Details), new { tenant = this.Tenant(), id });
                case EditOutcome.NotFound:
                    return NotFound();
                case EditOutcome.ReasonMissing:
                    ModelState.AddModelError(nameof(form.TextChangeReason), l["The official text changed: give the reason for the correction."]);
                    break;
                case EditOutcome.UnknownCluster:
                    ModelState.AddModelError(nameof(form.ClusterId), l["Choose a cluster."]);
                    break;
                case EditOutcome.Conflict:
                    var current = await LoadForEditAsync(id, cancellationToken);
                    if (current is null)
                    {
                        return NotFound();
                    }

                    ModelState.AddModelError(string.Empty, l["Someone else saved this recommendation while you were editing it. Their version is shown beside yours; nothing of yours was saved. Check it and save again."]);
                    ModelState.Remove(nameof(form.Version));
                    return View(await EditModelAsync(current, form with { Version = current.Version }, RecommendationForm.From(current), cancellationToken));
            }
        }

        var r = await LoadForEditAsync(id, cancellationToken);
        return r is null ? NotFound() : View(await EditModelAsync(r, form, null, cancellationToken));
    }

    [HttpPost("{id:long}/position")]
    public async Task<IActionResult> Position(long id, PositionForm form, CancellationToken cancellationToken)
    {
        var r = await db.Recommendations.FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (r is null)
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            curation.SetPosition(r, form.Position!.Value, form.Source, form.DecidedOn, form.Note);
            await db.SaveChangesAsync(cancellationToken);
            TempData["Message"] = l["The position was recorded."].Value;
        }
        else
        {
            TempData["Error"] = string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage));
        }

        return RedirectToAction(nameof(Details), new { tenant = this.Tenant(), id });
    }

    [HttpPost("{id:long}/link")]
    public async Task<IActionResult> Link(long id, long otherId, LinkKind kind, CancellationToken cancellationToken)
    {
        if (!await BothExistAsync(id, otherId, cancellationToken) || !Enum.IsDefined(kind) || kind == LinkKind.Duplicate)
        {
            return NotFound();
        }

        await curation.LinkAsync(id, otherId, kind, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = l["The link was confirmed."].Value;
        return RedirectToAction(nameof(Details), new { tenant = this.Tenant(), id });
    }

    [HttpPost("{id:long}/links/{linkId:long}")]
    public async Task<IActionResult> DecideLink(long id, long linkId, bool confirm, CancellationToken cancellationToken)
    {
        if (!await db.RecommendationLinks.AnyAsync(x => x.Id == linkId && (x.FromId == id || x.ToId == id), cancellationToken))
        {
            return NotFound();
        }

        await curation.DecideLinkAsync(linkId, confirm, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToAction(nameof(Details), new { tenant = this.Tenant(), id });
    }

    [HttpPost("{id:long}/merge")]
    public async Task<IActionResult> Merge(long id, long canonicalId, CancellationToken cancellationToken)
    {
        var duplicate = await db.Recommendations.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        var canonical = await db.Recommendations.FirstOrDefaultAsync(r => r.Id == canonicalId, cancellationToken);
        if (duplicate is null || canonical is null)
        {
            return NotFound();
        }

        if (canonical.MergedIntoId is not null || canonical.Id == duplicate.Id)
        {
            TempData["Error"] = l["A recommendation can only be merged into one that is not itself merged."].Value;
            return RedirectToAction(nameof(Details), new { tenant = this.Tenant(), id });
        }

        await curation.MergeAsync(duplicate, canonical, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = l["Merged as a duplicate. The original stays and can be separated again."].Value;
        return RedirectToAction(nameof(Details), new { tenant = this.Tenant(), id = canonicalId });
    }

    [HttpPost("{id:long}/unmerge")]
    public async Task<IActionResult> Unmerge(long id, CancellationToken cancellationToken)
    {
        var duplicate = await db.Recommendations.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (duplicate is null)
        {
            return NotFound();
        }

        curation.Unmerge(duplicate);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToAction(nameof(Details), new { tenant = this.Tenant(), id });
    }

    [HttpPost("{id:long}/suggestions")]
    public async Task<IActionResult> Suggestion(long id, SuggestionKind kind, string code, bool accept, [FromServices] TagSuggester suggester, [FromServices] ICurrentUser user, CancellationToken cancellationToken)
    {
        var valid = kind switch
        {
            SuggestionKind.Theme => Simore.Core.Registry.Reference.Taxonomy.Instance.ThemesByCode.ContainsKey(code),
            SuggestionKind.Group => Simore.Core.Registry.Reference.Taxonomy.Instance.GroupsByCode.ContainsKey(code),
            SuggestionKind.SdgGoal => int.TryParse(code, out var goal) && goal is >= 1 and <= 17,
            _ => false,
        };
        if (!valid || !await db.Recommendations.AnyAsync(r => r.Id == id, cancellationToken))
        {
            return NotFound();
        }

        await suggester.DecideAsync(id, kind, code, accept, user.Name, cancellationToken);
        return RedirectToAction(nameof(Details), new { tenant = this.Tenant(), id });
    }

    [HttpPost("{id:long}/parts")]
    public async Task<IActionResult> AddPart(long id, PartForm form, [FromServices] PartHandler handler, CancellationToken cancellationToken)
    {
        if (!await db.Recommendations.AnyAsync(r => r.Id == id, cancellationToken))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            TempData["Error"] = string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage).Distinct());
        }
        else if (await handler.AddAsync(id, form, cancellationToken) is { } problem)
        {
            TempData["Error"] = l[problem].Value;
        }

        return RedirectToAction(nameof(Details), new { tenant = this.Tenant(), id });
    }

    [HttpPost("{id:long}/parts/{partId:long}/delete")]
    public async Task<IActionResult> DeletePart(long id, long partId, CancellationToken cancellationToken)
    {
        var part = await db.RecommendationParts.FirstOrDefaultAsync(p => p.Id == partId && p.RecommendationId == id, cancellationToken);
        if (part is null)
        {
            return NotFound();
        }

        db.RecommendationParts.Remove(part);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToAction(nameof(Details), new { tenant = this.Tenant(), id });
    }

    private async Task<bool> BothExistAsync(long a, long b, CancellationToken cancellationToken) =>
        a != b && await db.Recommendations.CountAsync(r => r.Id == a || r.Id == b, cancellationToken) == 2;

    private Task<Recommendation?> LoadForEditAsync(long id, CancellationToken cancellationToken) =>
        db.Recommendations.AsNoTracking()
            .Include(r => r.Document).Include(r => r.Themes).Include(r => r.Groups).Include(r => r.SdgGoals).Include(r => r.SdgTargets).Include(r => r.Translations)
            .AsSplitQuery()
            .FirstOrDefaultAsync(r => r.Id == id, cancellationToken);

    private async Task<RecommendationEditModel> EditModelAsync(Recommendation r, RecommendationForm form, RecommendationForm? theirs, CancellationToken cancellationToken) =>
        new(r.Id, r.Document!.Symbol + " " + r.Paragraph, form, theirs, await ClusterOption.ListAsync(db, cancellationToken));

    private async Task<RecommendationCreateModel> CreateModelAsync(RecommendationCreateForm form, CancellationToken cancellationToken) =>
        new(form,
            await db.SourceDocuments.AsNoTracking().OrderBy(d => d.Symbol).Select(d => new DocumentOption(d.Id, d.Symbol, d.Cycle)).ToListAsync(cancellationToken),
            await ClusterOption.ListAsync(db, cancellationToken));
}

public sealed record RecommendationEditModel(long Id, string Reference, RecommendationForm Form, RecommendationForm? Theirs, IReadOnlyList<ClusterOption> Clusters);

public sealed record RecommendationCreateModel(RecommendationCreateForm Form, IReadOnlyList<DocumentOption> Documents, IReadOnlyList<ClusterOption> Clusters);
