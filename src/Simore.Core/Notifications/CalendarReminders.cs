using System.Globalization;
using System.Text;
using Microsoft.Extensions.Localization;
using Simore.Core.Data;
using Simore.Core.Identity;
using Simore.Core.Localization;
using Simore.Core.Tenancy;

namespace Simore.Core.Notifications;

/// <summary>
/// The reporting calendar: administrators and drafters hear of the mid-term report 60 days ahead
/// and of the next review 180 days ahead. A reminder goes out on the first run inside that window
/// (so a missed day, or a date entered late, still gets it) and, keyed by the date, only once.
/// </summary>
public sealed class CalendarReminders(SimoreDbContext db, ReminderOutbox outbox, IStringLocalizer<SharedResource> l, NotificationLinks links)
{
    public const int MidTermDaysAhead = 60;

    public const int NextReviewDaysAhead = 180;

    private const string MidTerm = "midterm";

    private const string NextReview = "nextreview";

    private static readonly string[] CalendarRoles = [Roles.Administrator, Roles.Drafter];

    public async Task<int> SendAsync(Tenant tenant, DateOnly day, CancellationToken cancellationToken)
    {
        var events = new List<(string Key, DateOnly Date)>();
        if (InWindow(tenant.MidTermDate, MidTermDaysAhead, day))
        {
            events.Add((MidTerm, tenant.MidTermDate!.Value));
        }

        if (InWindow(tenant.NextReviewDate, NextReviewDaysAhead, day))
        {
            events.Add((NextReview, tenant.NextReviewDate!.Value));
        }

        if (events.Count == 0)
        {
            return 0;
        }

        var holders = (await Recipients.WithRolesAsync(db, CalendarRoles, cancellationToken))
            .Where(h => !h.Person.RemindersOff)
            .GroupBy(h => h.Person.UserId)
            .Select(g => (Person: g.First().Person, Roles: (IReadOnlyCollection<string>)g.Select(h => h.Role).ToList()))
            .ToList();
        var added = 0;
        foreach (var (key, date) in events)
        {
            var existing = await outbox.ExistingAsync(holders.Select(h => DedupKey(key, tenant, date, h.Person)).ToList(), cancellationToken);
            foreach (var (person, roles) in holders.Where(h => !existing.Contains(DedupKey(key, tenant, date, h.Person))))
            {
                var reminder = Write(tenant, person, DedupKey(key, tenant, date, person), key, date, date.DayNumber - day.DayNumber, links.Home(tenant.Slug, roles));
                added += await outbox.AddAsync(reminder, cancellationToken) ? 1 : 0;
            }
        }

        return added;
    }

    public static bool InWindow(DateOnly? date, int daysAhead, DateOnly day) =>
        date is { } d && day >= d.AddDays(-daysAhead) && day < d;

    /// <summary>Per event date and person: a changed date is a new event.</summary>
    public static string DedupKey(string kind, Tenant tenant, DateOnly date, Recipient person) =>
        string.Create(CultureInfo.InvariantCulture, $"{kind}:{tenant.Id}:{date:yyyy-MM-dd}:{person.UserId}");

    private Reminder Write(Tenant tenant, Recipient to, string dedupKey, string kind, DateOnly date, int days, string link)
    {
        using var culture = RecipientCulture.Use(to.Language);
        var when = date.ToString("D", CultureInfo.CurrentCulture);
        var midTerm = kind == MidTerm;
        var body = new StringBuilder();
        body.AppendLine(l["Hello {0},", to.Name]).AppendLine();
        body.AppendLine(midTerm
            ? l["The voluntary mid-term report of {0} on its Universal Periodic Review recommendations is expected on {1}, in {2} days.", tenant.Name, when, days]
            : l["The next Universal Periodic Review of {0} is on {1}, in {2} days.", tenant.Name, when, days]);
        body.AppendLine().AppendLine(l["Simore: {0}", link]).AppendLine();
        ReminderFooter.Append(body, l, links);
        var subject = midTerm
            ? l["{0}: the mid-term report is expected on {1}", tenant.Name, when]
            : l["{0}: the next Universal Periodic Review is on {1}", tenant.Name, when];
        return new Reminder(dedupKey, EmailKinds.Calendar, to, culture.Language, subject, body.ToString());
    }
}
