using Microsoft.Extensions.Localization;
using Simore.Core.Localization;
using Simore.Core.Notifications;

namespace Simore.Web.Features.Messages;

/// <summary>Names of message kinds and delivery states in the interface language.</summary>
public static class MessageLabels
{
    public static string Kind(IStringLocalizer<SharedResource> l, string kind) => kind switch
    {
        EmailKinds.Digest => l["Digest"],
        EmailKinds.Meeting => l["Meeting reminder"],
        EmailKinds.Calendar => l["Reporting calendar"],
        "Invitation" => l["Invitation"],
        CivilSociety.CivilSocietyMessages.RegistrationKind => l["Civil society registration"],
        CivilSociety.CivilSocietyMessages.ModerationKind => l["Moderation"],
        _ => kind,
    };

    public static string State(IStringLocalizer<SharedResource> l, DeliveryState state) => state switch
    {
        DeliveryState.Sent => l["Sent"],
        DeliveryState.Unconfirmed => l["Sending was interrupted; not sent again"],
        DeliveryState.Retrying => l["Not sent yet; will be tried again"],
        DeliveryState.Failed => l["Not sent: gave up"],
        _ => l["Waiting to be sent"],
    };

    /// <summary>Bootstrap's colour for the state's badge.</summary>
    public static string Badge(DeliveryState state) => state switch
    {
        DeliveryState.Sent => "text-bg-success",
        DeliveryState.Failed => "text-bg-danger",
        DeliveryState.Retrying or DeliveryState.Unconfirmed => "text-bg-warning",
        _ => "text-bg-secondary",
    };
}
