using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Simore.Core.Data;
using Simore.Core.Localization;
using Simore.Web.Infrastructure;

namespace Simore.Web.Features.Institutions;

/// <summary>The ministries, parliament, courts and other bodies that implement the State's recommendations.</summary>
[Route("{tenant}/admin/institutions")]
[Authorize(Policy = Policies.Administrator)]
public sealed class InstitutionsController(SimoreDbContext db, IStringLocalizer<SharedResource> l) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromServices] InstitutionListQuery query, CancellationToken cancellationToken) =>
        View(await query.LoadAsync(cancellationToken));

    [HttpGet("new")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) =>
        View("Edit", await ModelAsync(null, new InstitutionForm { IsActive = true }, null, cancellationToken));

    [HttpPost("new")]
    public async Task<IActionResult> Create(InstitutionForm form, [FromServices] InstitutionSaveHandler handler, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var (outcome, _) = await handler.CreateAsync(form, cancellationToken);
            if (outcome == InstitutionSaveOutcome.Saved)
            {
                TempData["Message"] = l["The institution was created."].Value;
                return RedirectToAction(nameof(Index), new { tenant = this.Tenant() });
            }

            AddProblem(outcome);
        }

        return View("Edit", await ModelAsync(null, form, null, cancellationToken));
    }

    [HttpGet("{id:long}/edit")]
    public async Task<IActionResult> Edit(long id, CancellationToken cancellationToken)
    {
        var institution = await db.Institutions.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        return institution is null ? NotFound() : View(await ModelAsync(id, InstitutionForm.From(institution), null, cancellationToken));
    }

    [HttpPost("{id:long}/edit")]
    public async Task<IActionResult> Edit(long id, InstitutionForm form, [FromServices] InstitutionSaveHandler handler, CancellationToken cancellationToken)
    {
        if (!await db.Institutions.AnyAsync(i => i.Id == id, cancellationToken))
        {
            return NotFound();
        }

        InstitutionForm? theirs = null;
        if (ModelState.IsValid)
        {
            var outcome = await handler.UpdateAsync(id, form, cancellationToken);
            switch (outcome)
            {
                case InstitutionSaveOutcome.Saved:
                    TempData["Message"] = l["The institution was saved."].Value;
                    return RedirectToAction(nameof(Index), new { tenant = this.Tenant() });
                case InstitutionSaveOutcome.NotFound:
                    return NotFound();
                case InstitutionSaveOutcome.Conflict:
                    var current = await db.Institutions.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
                    if (current is null)
                    {
                        return NotFound();
                    }

                    theirs = InstitutionForm.From(current);
                    form = form with { Version = current.Version };
                    break;
            }

            AddProblem(outcome);
        }

        return View(await ModelAsync(id, form, theirs, cancellationToken));
    }

    private void AddProblem(InstitutionSaveOutcome outcome) =>
        ModelState.AddModelError(
            outcome == InstitutionSaveOutcome.DuplicateName ? nameof(InstitutionForm.Name) : outcome == InstitutionSaveOutcome.InvalidParent ? nameof(InstitutionForm.ParentId) : string.Empty,
            l[InstitutionSaveHandler.Problem(outcome)]);

    /// <summary>The form with the institutions that may become the parent (not itself, not one below it).</summary>
    private async Task<InstitutionEditModel> ModelAsync(long? id, InstitutionForm form, InstitutionForm? theirs, CancellationToken cancellationToken)
    {
        var options = await InstitutionOption.ListAsync(db, cancellationToken);
        if (id is { } self)
        {
            var pairs = await db.Institutions.AsNoTracking().Select(i => new { i.Id, i.ParentId }).ToListAsync(cancellationToken);
            var excluded = InstitutionTree.SelfAndDescendants(pairs.Select(p => (p.Id, p.ParentId)), self);
            options = options.Where(o => !excluded.Contains(o.Id)).ToList();
        }

        return new InstitutionEditModel(id, form, theirs, options);
    }
}
