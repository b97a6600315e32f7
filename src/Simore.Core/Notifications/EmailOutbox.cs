using Microsoft.EntityFrameworkCore;
using Simore.Core.Data;

namespace Simore.Core.Notifications;

/// <summary>
/// Puts messages in the current tenant's outbox; a background job delivers them. A message whose
/// deduplication key is already there is not added again, so an event never mails twice.
/// </summary>
public sealed class EmailOutbox(SimoreDbContext db, TimeProvider clock)
{
    /// <returns>False when a message with this key already exists.</returns>
    public async Task<bool> EnqueueAsync(string dedupKey, string kind, Guid? userId, string to, string language, string subject, string body, CancellationToken cancellationToken = default)
    {
        if (await db.EmailMessages.AnyAsync(m => m.DedupKey == dedupKey, cancellationToken))
        {
            return false;
        }

        var message = new EmailMessage
        {
            DedupKey = dedupKey,
            Kind = kind,
            UserId = userId,
            To = to,
            Language = language,
            Subject = subject,
            Body = body,
            CreatedAt = clock.GetUtcNow(),
        };
        db.EmailMessages.Add(message);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException e) when (e.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation })
        {
            // Another process added the same event between the check and the insert: it is already mailed.
            db.Entry(message).State = EntityState.Detached;
            return false;
        }
    }
}
