using Simore.Core.Tenancy;

namespace Simore.Core.Notifications;

/// <summary>
/// An e-mail, written in the recipient's language, kept in an outbox so that it is sent once:
/// the deduplication key names the event (a digest of a week, a meeting reminder).
/// </summary>
public sealed class EmailMessage : TenantEntity
{
    /// <summary>Unique per tenant: the same event never produces two messages.</summary>
    public required string DedupKey { get; set; }

    public required string Kind { get; set; }

    public Guid? UserId { get; set; }

    public required string To { get; set; }

    public required string Subject { get; set; }

    public required string Body { get; set; }

    public required string Language { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }
}
