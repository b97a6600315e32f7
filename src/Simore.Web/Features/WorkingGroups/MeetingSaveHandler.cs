using Microsoft.EntityFrameworkCore;
using Simore.Core.Data;
using Simore.Core.Network;

namespace Simore.Web.Features.WorkingGroups;

public enum MeetingSaveOutcome
{
    Saved,
    NotFound,

    /// <summary>Someone ticked as present who is not in the group.</summary>
    UnknownAttendee,
    Conflict,
}

/// <summary>Records a meeting of a working group, with who of its members attended.</summary>
public sealed class MeetingSaveHandler(SimoreDbContext db)
{
    public async Task<(MeetingSaveOutcome Outcome, long? Id)> CreateAsync(long groupId, MeetingForm form, CancellationToken cancellationToken)
    {
        var group = await db.WorkingGroups.Include(g => g.Members).FirstOrDefaultAsync(g => g.Id == groupId, cancellationToken);
        if (group is null)
        {
            return (MeetingSaveOutcome.NotFound, null);
        }

        var meeting = new Meeting { WorkingGroupId = groupId };
        if (!Apply(meeting, form, group.Members.Select(m => m.UserId).ToHashSet()))
        {
            return (MeetingSaveOutcome.UnknownAttendee, null);
        }

        db.Meetings.Add(meeting);
        await db.SaveChangesAsync(cancellationToken);
        return (MeetingSaveOutcome.Saved, meeting.Id);
    }

    public async Task<MeetingSaveOutcome> UpdateAsync(long groupId, long id, MeetingForm form, CancellationToken cancellationToken)
    {
        var group = await db.WorkingGroups.AsNoTracking().Include(g => g.Members).FirstOrDefaultAsync(g => g.Id == groupId, cancellationToken);
        var meeting = await db.Meetings.Include(m => m.Attendance).FirstOrDefaultAsync(m => m.Id == id && m.WorkingGroupId == groupId, cancellationToken);
        if (group is null || meeting is null)
        {
            return MeetingSaveOutcome.NotFound;
        }

        // Who attended stays true after they leave the group.
        var allowed = group.Members.Select(m => m.UserId).Concat(meeting.Attendance.Select(a => a.UserId)).ToHashSet();
        db.Entry(meeting).Property(m => m.Version).OriginalValue = form.Version;
        if (!Apply(meeting, form, allowed))
        {
            return MeetingSaveOutcome.UnknownAttendee;
        }

        // Attendance lives in another table: update the meeting's row anyway so its version is checked.
        db.Entry(meeting).Property(m => m.StartsAt).IsModified = true;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return MeetingSaveOutcome.Saved;
        }
        catch (DbUpdateConcurrencyException)
        {
            return MeetingSaveOutcome.Conflict;
        }
    }

    private static bool Apply(Meeting meeting, MeetingForm form, HashSet<Guid> allowed)
    {
        var present = form.PresentIds.ToHashSet();
        if (!present.IsSubsetOf(allowed))
        {
            return false;
        }

        meeting.StartsAt = form.StartsAtUtc()!.Value;
        meeting.Location = Clean(form.Location);
        meeting.Agenda = Clean(form.Agenda);
        meeting.Minutes = Clean(form.Minutes);
        meeting.Decisions = Clean(form.Decisions);
        meeting.OtherAttendees = Clean(form.OtherAttendees);
        meeting.Attendance.RemoveAll(a => !present.Contains(a.UserId));
        var recorded = meeting.Attendance.Select(a => a.UserId).ToHashSet();
        meeting.Attendance.AddRange(present.Where(p => !recorded.Contains(p)).Select(p => new MeetingAttendance { UserId = p }));
        return true;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
