using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Simore.Core.Data;
using Simore.Core.Tenancy;

namespace Simore.Core.Notifications;

public sealed record DispatchResult(int Sent, int Failed);

/// <summary>
/// Sends the tenant's unsent messages. Each is claimed before it is sent and confirmed after, so it
/// goes out at most once; a failure gives the claim back with the error, to be tried again later.
/// </summary>
public sealed class EmailDispatchJob(
    ITenantContext tenant, SimoreDbContext db, IEmailSender sender, IOptions<EmailOptions> options, TimeProvider clock, ILogger<EmailDispatchJob> logger)
{
    private readonly EmailOptions _options = options.Value;

    public async Task<DispatchResult> RunAsync(int tenantId, CancellationToken cancellationToken)
    {
        tenant.Use(tenantId);
        int sent = 0, failed = 0;
        while (sent + failed < _options.MaxPerRun
            && await OutboxClaims.ClaimAsync(db, tenantId, _options.MaxAttempts, clock.GetUtcNow(), cancellationToken) is { } id)
        {
            var message = await db.EmailMessages.AsNoTracking().FirstAsync(m => m.Id == id, cancellationToken);
            try
            {
                await sender.SendAsync(MailComposer.Compose(message, _options, clock.GetUtcNow()), cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A cancelled send stays claimed: it may have left, and twice is worse than once unconfirmed.
                await OutboxClaims.ReleaseAsync(db, id, Describe(e));
                logger.LogWarning(e, "Message {MessageId} of tenant {TenantId} was not sent (attempt {Attempt})", id, tenantId, message.Attempts);
                failed++;
                continue;
            }

            await OutboxClaims.MarkSentAsync(db, id, clock.GetUtcNow());
            sent++;
        }

        return new DispatchResult(sent, failed);
    }

    private static string Describe(Exception e)
    {
        var text = e.GetType().Name + ": " + e.Message;
        return text.Length <= 2000 ? text : text[..2000];
    }
}
