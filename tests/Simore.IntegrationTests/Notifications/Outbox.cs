using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Simore.Core.Notifications;
using Simore.Core.Tenancy;

namespace Simore.IntegrationTests.Notifications;

/// <summary>A clock that says what the test wants.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}

/// <summary>A sender that records what it was given and fails while told to.</summary>
internal sealed class RecordingSender(IEmailSender? inner = null) : IEmailSender
{
    public List<MimeMessage> Sent { get; } = [];

    public string? FailWith { get; set; }

    public TimeSpan Delay { get; set; }

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        await Task.Delay(Delay, cancellationToken);
        if (FailWith is not null)
        {
            throw new InvalidOperationException(FailWith);
        }

        if (inner is not null)
        {
            await inner.SendAsync(message, cancellationToken);
        }

        lock (Sent)
        {
            Sent.Add(message);
        }
    }
}

internal static class Outbox
{
    public static Task<List<long>> AddAsync(Tenant tenant, int count, string subject = "Test message") =>
        Fixtures.InTenantAsync(tenant, async (services, db) =>
        {
            var outbox = services.GetRequiredService<EmailOutbox>();
            for (var i = 0; i < count; i++)
            {
                var key = "test:" + Guid.NewGuid().ToString("N");
                await outbox.EnqueueAsync(key, EmailKinds.Digest, null, $"person{i}@test.example", "fr", $"{subject} {i}", $"Body {i}\nSecond line: r\u00E9union");
            }

            return await db.EmailMessages.OrderBy(m => m.Id).Select(m => m.Id).ToListAsync();
        });

    /// <summary>A dispatch run as Hangfire would start it, with the sender and the moment the test chooses.</summary>
    public static async Task<DispatchResult> DispatchAsync(Tenant tenant, IEmailSender sender, DateTimeOffset now)
    {
        using var scope = TestEnvironment.App.Services.CreateScope();
        var job = ActivatorUtilities.CreateInstance<EmailDispatchJob>(scope.ServiceProvider, sender, new FixedClock(now));
        return await job.RunAsync(tenant.Id, CancellationToken.None);
    }

    public static string TemporaryFolder() => Path.Combine(Path.GetTempPath(), "simore-mail-" + Guid.NewGuid().ToString("N"));
}
