using System.Text;
using Microsoft.Extensions.Localization;
using Simore.Core.Localization;

namespace Simore.Core.Notifications;

/// <summary>The closing lines of optional reminders: why the person gets them and how to stop them.</summary>
internal static class ReminderFooter
{
    public static void Append(StringBuilder body, IStringLocalizer<SharedResource> l, NotificationLinks links)
    {
        body.AppendLine("--");
        body.AppendLine(l["You receive reminders of meetings and reporting dates. You can turn them off in your preferences: {0}", links.Preferences()]);
    }
}
