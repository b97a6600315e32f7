using System.Globalization;
using Simore.Core.Data;
using Simore.Core.FollowUp;
using Simore.Core.Identity;
using Simore.Core.Tenancy;

namespace Simore.Core.Notifications;

/// <summary>
/// The digest: to focal points, what their institution owes (overdue, due soon, returned); to
/// validators, what waits for validation; to administrators, what waits for publication. One
/// message per person and period, combining their roles; nobody gets an empty digest.
/// </summary>
public sealed class DigestReminders(SimoreDbContext db, ReminderOutbox outbox, DigestWriter writer)
{
    private static readonly string[] DigestRoles = [Roles.FocalPoint, Roles.Validator, Roles.Administrator];

    public async Task<int> SendAsync(Tenant tenant, DateOnly day, CancellationToken cancellationToken)
    {
        var holders = (await Recipients.WithRolesAsync(db, DigestRoles, cancellationToken))
            .Where(h => IsDue(h.Person.Frequency, day))
            .GroupBy(h => h.Person.UserId)
            .ToList();
        var existing = await outbox.ExistingAsync(holders.Select(g => DedupKey(g.First().Person, day)).ToList(), cancellationToken);
        holders.RemoveAll(g => existing.Contains(DedupKey(g.First().Person, day)));
        if (holders.Count == 0)
        {
            return 0;
        }

        var roles = holders.SelectMany(g => g).ToList();
        var data = await DigestData.LoadAsync(
            db,
            day,
            InstitutionsOf(roles, Roles.FocalPoint),
            InstitutionsOf(roles, Roles.Validator),
            roles.Exists(h => h.Role == Roles.Administrator),
            cancellationToken);

        var added = 0;
        foreach (var person in holders)
        {
            var content = Contents(person.ToList(), data, day);
            if (content.IsEmpty)
            {
                continue;
            }

            var recipient = person.First().Person;
            if (await outbox.AddAsync(writer.Write(tenant, recipient, DedupKey(recipient, day), content), cancellationToken))
            {
                added++;
            }
        }

        return added;
    }

    /// <summary>Weekly digests go out on Mondays, daily ones every day.</summary>
    public static bool IsDue(DigestFrequency frequency, DateOnly day) => frequency switch
    {
        DigestFrequency.Daily => true,
        DigestFrequency.Weekly => day.DayOfWeek == DayOfWeek.Monday,
        _ => false,
    };

    /// <summary>One digest per person and ISO week (weekly) or day (daily).</summary>
    public static string DedupKey(Recipient person, DateOnly day)
    {
        if (person.Frequency == DigestFrequency.Weekly)
        {
            var date = day.ToDateTime(TimeOnly.MinValue);
            return string.Create(CultureInfo.InvariantCulture, $"digest:{person.UserId}:{ISOWeek.GetYear(date)}-W{ISOWeek.GetWeekOfYear(date):00}");
        }

        return string.Create(CultureInfo.InvariantCulture, $"digest:{person.UserId}:{day:yyyy-MM-dd}");
    }

    private static DigestContent Contents(List<RoleHolder> roles, DigestData data, DateOnly day)
    {
        var focal = roles.Where(h => h.Role == Roles.FocalPoint && h.InstitutionId is not null).Select(h => h.InstitutionId!.Value).ToHashSet();
        var validates = roles.Where(h => h.Role == Roles.Validator && h.InstitutionId is not null).Select(h => h.InstitutionId!.Value).ToHashSet();
        var publishes = roles.Exists(h => h.Role == Roles.Administrator);
        var mine = data.Recommendations.Where(r => focal.Contains(r.InstitutionId)).ToList();
        return new DigestContent(
            mine.Where(r => r.Deadline < day).DistinctBy(r => r.RecommendationId).ToList(),
            mine.Where(r => r.Deadline >= day).DistinctBy(r => r.RecommendationId).ToList(),
            data.Entries.Where(e => e.Status == EntryStatus.Returned && focal.Contains(e.InstitutionId)).ToList(),
            data.Entries.Where(e => e.Status == EntryStatus.Submitted && validates.Contains(e.InstitutionId)).ToList(),
            publishes ? data.Entries.Where(e => e.Status == EntryStatus.Validated).ToList() : [],
            data.Institutions);
    }

    private static long[] InstitutionsOf(List<RoleHolder> roles, string role) =>
        roles.Where(h => h.Role == role && h.InstitutionId is not null).Select(h => h.InstitutionId!.Value).Distinct().ToArray();
}

/// <summary>One person's digest, section by section.</summary>
public sealed record DigestContent(
    IReadOnlyList<DueRecommendation> Overdue,
    IReadOnlyList<DueRecommendation> DueSoon,
    IReadOnlyList<WaitingEntry> Returned,
    IReadOnlyList<WaitingEntry> ToValidate,
    IReadOnlyList<WaitingEntry> ToPublish,
    IReadOnlyDictionary<long, Network.Institution> Institutions)
{
    public bool IsEmpty => Overdue.Count + DueSoon.Count + Returned.Count + ToValidate.Count + ToPublish.Count == 0;
}
