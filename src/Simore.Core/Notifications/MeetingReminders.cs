using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Simore.Core.Data;
using Simore.Core.Identity;
using Simore.Core.Localization;
using Simore.Core.Tenancy;

namespace Simore.Core.Notifications;

/// <summary>
/// Two days before a working group's meeting, a reminder to each member. A meeting scheduled at
/// shorter notice is announced the day before. Optional: people who turned reminders off get none.
/// </summary>
public sealed class MeetingReminders(SimoreDbContext db, ReminderOutbox outbox, IStringLocalizer<SharedResource> l, NotificationLinks links)
{
    public const int DaysAhead = 2;

    public async Task<int> SendAsync(Tenant tenant, DateOnly day, CancellationToken cancellationToken)
    {
        // Meetings starting tomorrow or the day after (UTC dates; tenants have no time zone yet).
        var from = new DateTimeOffset(day.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var until = new DateTimeOffset(day.AddDays(DaysAhead + 1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var meetings = await db.Meetings.AsNoTracking()
            .Where(m => m.StartsAt >= from && m.StartsAt < until)
            .Join(db.WorkingGroups.Where(g => g.IsActive), m => m.WorkingGroupId, g => g.Id,
                (m, g) => new { m.Id, m.StartsAt, m.Location, m.Agenda, GroupId = g.Id, Group = g.Name, Members = g.Members.Select(x => x.UserId).ToList() })
            .ToListAsync(cancellationToken);
        if (meetings.Count == 0)
        {
            return 0;
        }

        // Members who still hold a role here: a person handed over to a successor is not reminded.
        var people = (await Recipients.WithRolesAsync(db, [.. Roles.TenantRoles], cancellationToken))
            .Where(h => !h.Person.RemindersOff)
            .GroupBy(h => h.Person.UserId)
            .ToDictionary(g => g.Key, g => (Person: g.First().Person, Roles: g.Select(h => h.Role).ToList()));
        var added = 0;
        foreach (var meeting in meetings)
        {
            var recipients = meeting.Members.Where(people.ContainsKey).Select(id => people[id]).ToList();
            var existing = await outbox.ExistingAsync(recipients.Select(p => DedupKey(meeting.Id, p.Person)).ToList(), cancellationToken);
            foreach (var (person, roles) in recipients.Where(p => !existing.Contains(DedupKey(meeting.Id, p.Person))))
            {
                // The group's page is the administrators'; other members get their own starting page.
                var link = roles.Contains(Roles.Administrator) ? links.WorkingGroup(tenant.Slug, meeting.GroupId) : links.Home(tenant.Slug, roles);
                var reminder = Write(tenant, person, DedupKey(meeting.Id, person), meeting.Group, meeting.StartsAt, meeting.Location, meeting.Agenda, link);
                added += await outbox.AddAsync(reminder, cancellationToken) ? 1 : 0;
            }
        }

        return added;
    }

    public static string DedupKey(long meetingId, Recipient person) =>
        string.Create(CultureInfo.InvariantCulture, $"meeting:{meetingId}:{person.UserId}");

    private Reminder Write(Tenant tenant, Recipient to, string dedupKey, string group, DateTimeOffset startsAt, string? location, string? agenda, string link)
    {
        using var culture = RecipientCulture.Use(to.Language);
        var date = startsAt.UtcDateTime.ToString("D", CultureInfo.CurrentCulture);
        var time = startsAt.UtcDateTime.ToString("t", CultureInfo.CurrentCulture);
        var body = new StringBuilder();
        body.AppendLine(l["Hello {0},", to.Name]).AppendLine();
        body.AppendLine(l["The working group {0} meets on {1} at {2} (UTC).", group, date, time]);
        if (!string.IsNullOrWhiteSpace(location))
        {
            body.AppendLine(l["Place: {0}", location.Trim()]);
        }

        if (!string.IsNullOrWhiteSpace(agenda))
        {
            body.AppendLine().AppendLine(l["Agenda"]).AppendLine(agenda.Trim());
        }

        body.AppendLine().AppendLine(l["Simore: {0}", link]).AppendLine();
        ReminderFooter.Append(body, l, links);
        return new Reminder(dedupKey, EmailKinds.Meeting, to, culture.Language, l["{0}: meeting of {1} on {2}", tenant.Name, group, date], body.ToString());
    }
}
