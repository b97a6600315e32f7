using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Simore.Core.Data;
using Simore.Core.Localization;
using Simore.Web.Infrastructure;

namespace Simore.Web.Features.WorkingGroups;

/// <summary>The meetings of one working group: agenda before, minutes, decisions and attendance after.</summary>
[Route("{tenant}/admin/working-groups/{groupId:long}/meetings")]
[Authorize(Policy = Policies.Administrator)]
public sealed class MeetingsController(SimoreDbContext db, IStringLocalizer<SharedResource> l) : Controller
{
    [HttpGet("new")]
    public async Task<IActionResult> Create(long groupId, CancellationToken cancellationToken) =>
        await ModelAsync(groupId, null, new MeetingForm(), null, cancellationToken) is { } model ? View("Meeting", model) : NotFound();

    [HttpPost("new")]
    public async Task<IActionResult> Create(long groupId, MeetingForm form, [FromServices] MeetingSaveHandler handler, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var (outcome, _) = await handler.CreateAsync(groupId, form, cancellationToken);
            switch (outcome)
            {
                case MeetingSaveOutcome.NotFound:
                    return NotFound();
                case MeetingSaveOutcome.Saved:
                    TempData["Message"] = l["The meeting was recorded."].Value;
                    return RedirectToAction(nameof(WorkingGroupsController.Details), "WorkingGroups", new { tenant = this.Tenant(), id = groupId });
                default:
                    ModelState.AddModelError(nameof(form.PresentIds), l["Tick only members of the group as present."]);
                    break;
            }
        }

        return await ModelAsync(groupId, null, form, null, cancellationToken) is { } model ? View("Meeting", model) : NotFound();
    }

    [HttpGet("{id:long}/edit")]
    public async Task<IActionResult> Edit(long groupId, long id, CancellationToken cancellationToken) =>
        await LoadAsync(groupId, id, cancellationToken) is { } form
        && await ModelAsync(groupId, id, form, null, cancellationToken) is { } model
            ? View("Meeting", model)
            : NotFound();

    [HttpPost("{id:long}/edit")]
    public async Task<IActionResult> Edit(long groupId, long id, MeetingForm form, [FromServices] MeetingSaveHandler handler, CancellationToken cancellationToken)
    {
        MeetingForm? theirs = null;
        if (ModelState.IsValid)
        {
            switch (await handler.UpdateAsync(groupId, id, form, cancellationToken))
            {
                case MeetingSaveOutcome.NotFound:
                    return NotFound();
                case MeetingSaveOutcome.Saved:
                    TempData["Message"] = l["The meeting was saved."].Value;
                    return RedirectToAction(nameof(WorkingGroupsController.Details), "WorkingGroups", new { tenant = this.Tenant(), id = groupId });
                case MeetingSaveOutcome.Conflict:
                    theirs = await LoadAsync(groupId, id, cancellationToken);
                    form = form with { Version = theirs?.Version ?? form.Version };
                    ModelState.AddModelError(string.Empty, l["Someone else changed this meeting while you were editing it. Their version is shown; nothing of yours was saved. Check it and save again."]);
                    break;
                default:
                    ModelState.AddModelError(nameof(form.PresentIds), l["Tick only members of the group as present."]);
                    break;
            }
        }

        return await ModelAsync(groupId, id, form, theirs, cancellationToken) is { } model ? View("Meeting", model) : NotFound();
    }

    private async Task<MeetingForm?> LoadAsync(long groupId, long id, CancellationToken cancellationToken) =>
        await db.Meetings.AsNoTracking().Include(m => m.Attendance).FirstOrDefaultAsync(m => m.Id == id && m.WorkingGroupId == groupId, cancellationToken) is { } meeting
            ? MeetingForm.From(meeting)
            : null;

    /// <summary>The form with the people who can be ticked: the group's members, and anyone already recorded as present.</summary>
    private async Task<MeetingEditModel?> ModelAsync(long groupId, long? id, MeetingForm form, MeetingForm? theirs, CancellationToken cancellationToken)
    {
        var group = await db.WorkingGroups.AsNoTracking().Include(g => g.Members).FirstOrDefaultAsync(g => g.Id == groupId, cancellationToken);
        if (group is null || (id is { } meetingId && !await db.Meetings.AnyAsync(m => m.Id == meetingId && m.WorkingGroupId == groupId, cancellationToken)))
        {
            return null;
        }

        var recorded = id is { } existing
            ? await db.Meetings.Where(m => m.Id == existing).SelectMany(m => m.Attendance.Select(a => a.UserId)).ToListAsync(cancellationToken)
            : [];
        var ids = group.Members.Select(m => m.UserId).Concat(recorded).Distinct().ToList();
        var people = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).OrderBy(u => u.DisplayName)
            .Select(u => new GroupMember(u.Id, u.DisplayName, u.Email ?? string.Empty, u.IsActive)).ToListAsync(cancellationToken);
        return new MeetingEditModel(groupId, group.Name, id, form, theirs, people);
    }
}
