using Microsoft.EntityFrameworkCore;
using Simore.Core.Data;
using Simore.Core.FollowUp;
using Simore.Core.Identity;
using Simore.Core.Portal;

namespace Simore.Core.Reports.Model;

/// <summary>The national mechanism in numbers, for the methodology section: its people, groups, meetings and public consultation.</summary>
internal static class NetworkFactsQuery
{
    public static async Task<NetworkFacts> LoadAsync(SimoreDbContext db, ReportOptions options, DateOnly? lastReview, CancellationToken cancellationToken)
    {
        // Meetings of the report's period; without one, since the last review.
        var from = options.From ?? lastReview;
        var fromMoment = from is { } f ? new DateTimeOffset(f.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : DateTimeOffset.MinValue;
        var toMoment = options.To is { } t ? new DateTimeOffset(t.ToDateTime(TimeOnly.MaxValue), TimeSpan.Zero) : DateTimeOffset.MaxValue;
        var meetings = await db.Meetings.AsNoTracking()
            .Where(m => m.StartsAt >= fromMoment && m.StartsAt <= toMoment)
            .OrderBy(m => m.StartsAt)
            .Select(m => new
            {
                Group = db.WorkingGroups.Where(g => g.Id == m.WorkingGroupId).Select(g => g.Name).First(),
                m.StartsAt,
                Attendees = m.Attendance.Count,
                m.OtherAttendees,
                m.Decisions,
            })
            .ToListAsync(cancellationToken);
        return new NetworkFacts(
            await db.Institutions.CountAsync(i => i.IsActive, cancellationToken),
            await db.Memberships.Where(m => m.EndedAt == null && m.Role == Roles.FocalPoint).Select(m => m.UserId).Distinct().CountAsync(cancellationToken),
            await db.WorkingGroups.Where(g => g.IsActive).OrderBy(g => g.Name).Select(g => g.Name).ToListAsync(cancellationToken),
            meetings.Select(m => new ReportMeeting(m.Group, m.StartsAt, m.Attendees, Blank(m.OtherAttendees), Blank(m.Decisions))).ToList(),
            await db.FollowUpEntries.CountAsync(e => e.Status == EntryStatus.Published, cancellationToken),
            await db.FollowUpEntries.Where(e => e.Status == EntryStatus.Published).Select(e => e.InstitutionId).Distinct().CountAsync(cancellationToken),
            await db.Comments.CountAsync(c => c.Status == ModerationStatus.Approved, cancellationToken),
            await db.Assessments.CountAsync(a => a.Status == ModerationStatus.Approved, cancellationToken));
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
