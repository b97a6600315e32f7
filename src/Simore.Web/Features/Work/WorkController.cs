using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Simore.Core.Data;
using Simore.Core.FollowUp;
using Simore.Core.Identity;
using Simore.Core.Localization;
using Simore.Web.Infrastructure;

namespace Simore.Web.Features.Work;

/// <summary>The focal point's workspace: what is assigned to their institution, and their entries.</summary>
[Route("{tenant}/work")]
[Authorize(Roles = Roles.FocalPoint)]
public sealed class WorkController(SimoreDbContext db, EntryDetailsQuery details, IStringLocalizer<SharedResource> l) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? show, [FromServices] WorkQuery query, CancellationToken cancellationToken) =>
        View(await query.LoadAsync(User.FocalPointInstitutions(), show, cancellationToken));

    [HttpGet("entries/new")]
    public async Task<IActionResult> New([FromQuery(Name = "r")] List<long> recommendations, CancellationToken cancellationToken)
    {
        var institution = await InstitutionForAsync(recommendations, cancellationToken);
        if (institution is null)
        {
            return NotFound();
        }

        var entry = new FollowUpEntry { InstitutionId = institution.Value, AuthorName = string.Empty, Text = string.Empty };
        var form = new EntryForm { InstitutionId = institution, RecommendationIds = recommendations };
        return View("Entry", new EntryPage(await details.ForAsync(entry, recommendations, cancellationToken), form, null));
    }

    [HttpPost("entries/new")]
    public async Task<IActionResult> New(EntryForm form, [FromServices] EntryHandler handler, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            var institution = await InstitutionForAsync(form.RecommendationIds, cancellationToken);
            if (institution is null)
            {
                return NotFound();
            }

            var entry = new FollowUpEntry { InstitutionId = institution.Value, AuthorName = string.Empty, Text = string.Empty };
            return View("Entry", new EntryPage(await details.ForAsync(entry, form.RecommendationIds, cancellationToken), form, null));
        }

        var (outcome, id) = await handler.CreateAsync(User, form, cancellationToken);
        if (outcome != SaveOutcome.Saved)
        {
            return NotFound();
        }

        TempData["Message"] = l["The entry was saved as a draft."].Value;
        return RedirectToAction(nameof(Entry), new { tenant = this.Tenant(), id });
    }

    [HttpGet("entries/{id:long}")]
    public async Task<IActionResult> Entry(long id, CancellationToken cancellationToken)
    {
        var loaded = await details.LoadAsync(id, cancellationToken);
        return loaded is null || !User.IsFocalPointOf(loaded.Entry.InstitutionId)
            ? NotFound()
            : View(new EntryPage(loaded, EntryForm.From(loaded.Entry, loaded.DefaultLanguage), null));
    }

    [HttpPost("entries/{id:long}")]
    public async Task<IActionResult> Entry(long id, EntryForm form, [FromServices] EntryHandler handler, CancellationToken cancellationToken)
    {
        var loaded = await details.LoadAsync(id, cancellationToken);
        if (loaded is null || !User.IsFocalPointOf(loaded.Entry.InstitutionId))
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            switch (await handler.UpdateAsync(User, id, form, cancellationToken))
            {
                case SaveOutcome.Saved:
                    TempData["Message"] = l["The entry was saved."].Value;
                    return RedirectToAction(nameof(Entry), new { tenant = this.Tenant(), id });
                case SaveOutcome.Conflict:
                    var current = (await details.LoadAsync(id, cancellationToken))!;
                    ModelState.AddModelError(string.Empty, l["Someone else saved this entry while you were editing it. Their version is shown; nothing of yours was saved. Check it and save again."]);
                    return View(new EntryPage(current, form with { Version = current.Entry.Version }, EntryForm.From(current.Entry, current.DefaultLanguage)));
                case SaveOutcome.NotAssigned:
                    ModelState.AddModelError(string.Empty, l["An entry can only report on recommendations assigned to your institution."]);
                    break;
                default:
                    return NotFound();
            }
        }

        return View(new EntryPage(loaded, form, null));
    }

    [HttpPost("entries/{id:long}/submit")]
    public async Task<IActionResult> Submit(long id, [FromServices] EntryWorkflow workflow, CancellationToken cancellationToken)
    {
        var entry = await db.FollowUpEntries.Include(e => e.Recommendations).FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (entry is null || !User.CanEdit(entry))
        {
            return NotFound();
        }

        await workflow.MoveAsync(entry, EntryStatus.Submitted, null, cancellationToken: cancellationToken);
        TempData["Message"] = l["The entry was sent to your institution's validator."].Value;
        return RedirectToAction(nameof(Entry), new { tenant = this.Tenant(), id });
    }

    [HttpPost("entries/{id:long}/files")]
    [RequestSizeLimit(EvidenceUpload.MaxBytes + (1024 * 1024))]
    [RequestFormLimits(MultipartBodyLengthLimit = EvidenceUpload.MaxBytes + (1024 * 1024))]
    public async Task<IActionResult> AddFile(long id, IFormFile? file, string? title, [FromServices] EvidenceHandler evidence, CancellationToken cancellationToken)
    {
        if (!await evidence.IsEditableAsync(User, id, cancellationToken))
        {
            return NotFound();
        }

        if (file is null || file.Length == 0)
        {
            TempData["Error"] = l["Choose a file."].Value;
        }
        else if (file.Length > EvidenceUpload.MaxBytes)
        {
            TempData["Error"] = l["The file is larger than 20 MB."].Value;
        }
        else
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, cancellationToken);
            if (await evidence.AddFileAsync(User, id, file.FileName, buffer.ToArray(), title, cancellationToken) is { } problem)
            {
                TempData["Error"] = l[problem].Value;
            }
        }

        return RedirectToAction(nameof(Entry), new { tenant = this.Tenant(), id });
    }

    [HttpPost("entries/{id:long}/links")]
    public async Task<IActionResult> AddLink(long id, string? url, string? title, [FromServices] EvidenceHandler evidence, CancellationToken cancellationToken)
    {
        if (!await evidence.IsEditableAsync(User, id, cancellationToken))
        {
            return NotFound();
        }

        if (await evidence.AddLinkAsync(User, id, url ?? string.Empty, title, cancellationToken) is { } problem)
        {
            TempData["Error"] = l[problem].Value;
        }

        return RedirectToAction(nameof(Entry), new { tenant = this.Tenant(), id });
    }

    [HttpPost("entries/{id:long}/evidence/{evidenceId:long}/delete")]
    public async Task<IActionResult> RemoveEvidence(long id, long evidenceId, [FromServices] EvidenceHandler evidence, CancellationToken cancellationToken) =>
        await evidence.RemoveAsync(User, id, evidenceId, cancellationToken)
            ? RedirectToAction(nameof(Entry), new { tenant = this.Tenant(), id })
            : NotFound();

    /// <summary>One of the user's institutions that has every one of these recommendations assigned.</summary>
    private async Task<long?> InstitutionForAsync(List<long> recommendations, CancellationToken cancellationToken)
    {
        var ids = recommendations.Distinct().ToList();
        if (ids.Count == 0)
        {
            return null;
        }

        foreach (var institution in User.FocalPointInstitutions())
        {
            if (await db.Assignments.CountAsync(a => a.InstitutionId == institution && ids.Contains(a.RecommendationId), cancellationToken) == ids.Count)
            {
                return institution;
            }
        }

        return null;
    }
}

public sealed record EntryPage(EntryDetails Details, EntryForm Form, EntryForm? Theirs)
{
    public bool IsNew => Details.Entry.Id == 0;
}
