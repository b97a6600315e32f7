namespace Simore.Core.Notifications;

/// <summary>What a message is about, stored with it; the messages page names each kind.</summary>
public static class EmailKinds
{
    public const string Digest = "digest";

    public const string Meeting = "meeting";

    public const string Calendar = "calendar";
}
