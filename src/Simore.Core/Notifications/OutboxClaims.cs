using Microsoft.EntityFrameworkCore;
using Npgsql;
using Simore.Core.Data;

namespace Simore.Core.Notifications;

/// <summary>
/// The outbox's concurrency rule, in SQL because it must be one atomic statement: a dispatcher
/// claims a message by setting <c>sent_at</c> before it sends it, so a message is sent at most once
/// even when two dispatchers run; <c>SKIP LOCKED</c> lets them share the work without waiting.
/// Raw SQL gets no model-level filter: row-level security and the explicit tenant keep it to the tenant.
/// </summary>
internal static class OutboxClaims
{
    // Unsent, attempts left, and its wait over: attempt n+1 comes 2^n - 1 minutes after creation.
    private const string Due = """
        tenant_id = @tenant AND sent_at IS NULL AND attempts < @max
        AND created_at + make_interval(mins => (power(2, attempts) - 1)::int) <= @now
        """;

    public static async Task<long?> ClaimAsync(SimoreDbContext db, int tenantId, int maxAttempts, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ids = await db.Database.SqlQueryRaw<long>(
            $"""
            UPDATE email_messages SET sent_at = @now, attempts = attempts + 1, last_error = @sending
            WHERE tenant_id = @tenant AND sent_at IS NULL AND id = (
                SELECT id FROM email_messages WHERE {Due}
                ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED)
            RETURNING id AS "Value"
            """,
            Parameters(tenantId, maxAttempts, now, new NpgsqlParameter("sending", OutboxStatus.Sending))).ToListAsync(cancellationToken);
        return ids.Count == 0 ? null : ids[0];
    }

    public static async Task<bool> AnyDueAsync(SimoreDbContext db, int tenantId, int maxAttempts, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var found = await db.Database.SqlQueryRaw<bool>(
            $"""SELECT EXISTS (SELECT 1 FROM email_messages WHERE {Due}) AS "Value" """,
            Parameters(tenantId, maxAttempts, now)).ToListAsync(cancellationToken);
        return found is [true];
    }

    public static Task MarkSentAsync(SimoreDbContext db, long id, DateTimeOffset sentAt) =>
        db.EmailMessages.Where(m => m.Id == id).ExecuteUpdateAsync(
            s => s.SetProperty(m => m.SentAt, sentAt).SetProperty(m => m.LastError, (string?)null), CancellationToken.None);

    /// <summary>Gives the claim back with the reason, so that a later run tries again.</summary>
    public static Task ReleaseAsync(SimoreDbContext db, long id, string error) =>
        db.EmailMessages.Where(m => m.Id == id).ExecuteUpdateAsync(
            s => s.SetProperty(m => m.SentAt, (DateTimeOffset?)null).SetProperty(m => m.LastError, error), CancellationToken.None);

    private static object[] Parameters(int tenantId, int maxAttempts, DateTimeOffset now, params NpgsqlParameter[] more) =>
    [
        new NpgsqlParameter("tenant", tenantId),
        new NpgsqlParameter("max", maxAttempts),
        new NpgsqlParameter("now", now),
        .. more,
    ];
}
