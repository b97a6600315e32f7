using Simore.Core.Portal;
using static Simore.Core.Localization.Keys;

namespace Simore.Web.Features.CivilSociety;

/// <summary>The English labels (and localization keys) of moderation states, as authors and moderators read them.</summary>
public static class ModerationLabels
{
    public static string Status(ModerationStatus status) => status switch
    {
        ModerationStatus.Pending => LocalizedKey("Waiting for moderation"),
        ModerationStatus.Approved => LocalizedKey("Published"),
        ModerationStatus.Rejected => LocalizedKey("Not published"),
        _ => LocalizedKey("Taken down"),
    };

    public static string Badge(ModerationStatus status) => status switch
    {
        ModerationStatus.Approved => "text-bg-success",
        ModerationStatus.Rejected or ModerationStatus.Hidden => "text-bg-danger",
        _ => "text-bg-secondary",
    };
}
