using Microsoft.EntityFrameworkCore;
using Simore.Core.Data;

namespace Simore.Core.Notifications;

/// <summary>A composed reminder, ready for the outbox.</summary>
public sealed record Reminder(string DedupKey, string Kind, Recipient To, string Language, string Subject, string Body);

/// <summary>The reminders' way into <see cref="EmailOutbox"/>: finds the events already there in one query, fits the subject to its column.</summary>
public sealed class ReminderOutbox(EmailOutbox outbox, SimoreDbContext db)
{
    private const int SubjectLength = 300;

    /// <summary>The keys among these that already have a message, so that nothing is composed for them again.</summary>
    public async Task<HashSet<string>> ExistingAsync(IReadOnlyCollection<string> dedupKeys, CancellationToken cancellationToken)
    {
        var keys = dedupKeys.Distinct(StringComparer.Ordinal).ToArray();
        var found = await db.EmailMessages.AsNoTracking().Where(m => keys.Contains(m.DedupKey)).Select(m => m.DedupKey).ToListAsync(cancellationToken);
        return found.ToHashSet(StringComparer.Ordinal);
    }

    public Task<bool> AddAsync(Reminder reminder, CancellationToken cancellationToken)
    {
        var subject = reminder.Subject.Length <= SubjectLength ? reminder.Subject : reminder.Subject[..(SubjectLength - 3)] + "...";
        return outbox.EnqueueAsync(
            reminder.DedupKey, reminder.Kind, reminder.To.UserId, reminder.To.Email, reminder.Language, subject, reminder.Body, cancellationToken);
    }
}
