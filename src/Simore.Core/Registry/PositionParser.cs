namespace Simore.Core.Registry;

/// <summary>Maps the vocabularies of UN files and national lists to a <see cref="Position"/>.</summary>
public static class PositionParser
{
    public static Position? Parse(string? text)
    {
        var value = (text ?? string.Empty).Trim().ToLowerInvariant().Replace('_', ' ').Replace('-', ' ');
        return value switch
        {
            "supported" or "support" or "accepted" or "accept" or "agreed" or "implemented" or "already implemented"
                or "in process" or "in progress" or "already implemented or in the process of implementation" => Position.Supported,
            "noted" or "note" or "rejected" or "reject" or "not accepted" or "not supported" or "did not enjoy the support" => Position.Noted,
            "partially supported" or "partially accepted" or "supported in part" or "partially" => Position.PartiallySupported,
            "pending" or "will be examined" or "consider" or "under consideration" or "deferred" or "unknown" or "no response" => Position.Pending,
            _ => null,
        };
    }
}
