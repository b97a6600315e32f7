namespace Simore.Core.Notifications;

/// <summary>Markers the dispatcher leaves on an outbox row.</summary>
public static class OutboxStatus
{
    /// <summary>
    /// In <c>LastError</c> while a claimed message is being sent, cleared once the send is confirmed.
    /// Still there with a <c>SentAt</c>: the process stopped mid-send and nobody knows whether it left.
    /// </summary>
    public const string Sending = "sending: delivery not confirmed";
}
