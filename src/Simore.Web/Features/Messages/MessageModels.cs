using Simore.Core.Notifications;

namespace Simore.Web.Features.Messages;

public enum DeliveryState
{
    Waiting,
    Sent,

    /// <summary>Claimed for sending but never confirmed (the process stopped mid-send): not sent again.</summary>
    Unconfirmed,

    /// <summary>Failed; tried again later.</summary>
    Retrying,

    /// <summary>Failed as many times as allowed: given up.</summary>
    Failed,
}

public sealed record MessageRow(long Id, string To, string Subject, string Kind, string Language, DateTimeOffset CreatedAt, DateTimeOffset? SentAt, int Attempts, string? LastError)
{
    public DeliveryState State(int maxAttempts) => this switch
    {
        { SentAt: not null, LastError: OutboxStatus.Sending } => DeliveryState.Unconfirmed,
        { SentAt: not null } => DeliveryState.Sent,
        { Attempts: 0 } => DeliveryState.Waiting,
        _ when Attempts >= maxAttempts => DeliveryState.Failed,
        _ => DeliveryState.Retrying,
    };
}

public sealed record MessageListModel(IReadOnlyList<MessageRow> Rows, int Page, int PageSize, int Total, int MaxAttempts);

public sealed record MessageDetailsModel(MessageRow Message, string Body, int MaxAttempts);
