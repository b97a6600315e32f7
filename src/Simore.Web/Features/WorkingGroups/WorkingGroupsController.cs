using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Simore.Core.Data;
using Simore.Core.Localization;
using Simore.Web.Features.Institutions;
using Simore.Web.Features.People;
using Simore.Web.Infrastructure;

namespace Simore.Web.Features.WorkingGroups;

/// <summary>The thematic working groups of focal points: members, clusters followed, meetings.</summary>
[Route("{tenant}/admin/working-groups")]
[Authorize(Policy = Policies.Administrator)]
public sealed class WorkingGroupsController(SimoreDbContext db, IStringLocalizer<SharedResource> l) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromServices] WorkingGroupListQuery query, CancellationToken cancellationToken) =>
        View(await query.LoadAsync(cancellationToken));

    [HttpGet("{id:long}")]
    public async Task<IActionResult> Details(long id, [FromServices] WorkingGroupDetailsQuery query, CancellationToken cancellationToken) =>
        await query.LoadAsync(id, cancellationToken) is { } model ? View(model) : NotFound();

    [HttpGet("new")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) =>
        View("Edit", await ModelAsync(null, new WorkingGroupForm { IsActive = true }, null, cancellationToken));

    [HttpPost("new")]
    public async Task<IActionResult> Create(WorkingGroupForm form, [FromServices] WorkingGroupSaveHandler handler, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var (outcome, id) = await handler.CreateAsync(form, cancellationToken);
            if (outcome == WorkingGroupSaveOutcome.Saved)
            {
                TempData["Message"] = l["The working group was created."].Value;
                return RedirectToAction(nameof(Details), new { tenant = this.Tenant(), id });
            }

            AddProblem(outcome);
        }

        return View("Edit", await ModelAsync(null, form, null, cancellationToken));
    }

    [HttpGet("{id:long}/edit")]
    public async Task<IActionResult> Edit(long id, CancellationToken cancellationToken)
    {
        var group = await LoadAsync(id, cancellationToken);
        return group is null ? NotFound() : View(await ModelAsync(id, group, null, cancellationToken));
    }

    [HttpPost("{id:long}/edit")]
    public async Task<IActionResult> Edit(long id, WorkingGroupForm form, [FromServices] WorkingGroupSaveHandler handler, CancellationToken cancellationToken)
    {
        if (!await db.WorkingGroups.AnyAsync(g => g.Id == id, cancellationToken))
        {
            return NotFound();
        }

        WorkingGroupForm? theirs = null;
        if (ModelState.IsValid)
        {
            var outcome = await handler.UpdateAsync(id, form, cancellationToken);
            if (outcome == WorkingGroupSaveOutcome.Saved)
            {
                TempData["Message"] = l["The working group was saved."].Value;
                return RedirectToAction(nameof(Details), new { tenant = this.Tenant(), id });
            }

            if (outcome == WorkingGroupSaveOutcome.Conflict)
            {
                theirs = await LoadAsync(id, cancellationToken);
                form = form with { Version = theirs?.Version ?? form.Version };
            }

            AddProblem(outcome);
        }

        return View(await ModelAsync(id, form, theirs, cancellationToken));
    }

    private void AddProblem(WorkingGroupSaveOutcome outcome)
    {
        switch (outcome)
        {
            case WorkingGroupSaveOutcome.DuplicateName:
                ModelState.AddModelError(nameof(WorkingGroupForm.Name), l["Another working group already has this name."]);
                break;
            case WorkingGroupSaveOutcome.Conflict:
                ModelState.AddModelError(string.Empty, l["Someone else changed this working group while you were editing it. Their version is shown; nothing of yours was saved. Check it and save again."]);
                break;
            default:
                ModelState.AddModelError(string.Empty, l["Choose institutions, people and clusters from the lists."]);
                break;
        }
    }

    private async Task<WorkingGroupForm?> LoadAsync(long id, CancellationToken cancellationToken) =>
        await db.WorkingGroups.AsNoTracking().Include(g => g.Institutions).Include(g => g.Members).Include(g => g.Clusters)
            .AsSplitQuery().FirstOrDefaultAsync(g => g.Id == id, cancellationToken) is { } group
            ? WorkingGroupForm.From(group)
            : null;

    private async Task<WorkingGroupEditModel> ModelAsync(long? id, WorkingGroupForm form, WorkingGroupForm? theirs, CancellationToken cancellationToken)
    {
        var people = await PersonOption.ListAsync(db, cancellationToken);

        // Members who since left the State stay listed (ticked) until someone unticks them.
        var missing = form.MemberIds.Where(m => people.All(p => p.Id != m)).ToList();
        if (missing.Count > 0)
        {
            people.AddRange(await db.Users.AsNoTracking().Where(u => missing.Contains(u.Id))
                .Select(u => new PersonOption(u.Id, u.DisplayName, u.Email ?? string.Empty)).ToListAsync(cancellationToken));
        }

        return new WorkingGroupEditModel(id, form, theirs, await InstitutionOption.ListAsync(db, cancellationToken), people,
            await Registry.ClusterOption.ListAsync(db, cancellationToken));
    }
}
