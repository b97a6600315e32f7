using System.Globalization;
using Simore.Core.Notifications;

namespace Simore.Web.Features.CivilSociety;

/// <summary>Absolute links for civil society's e-mails, from the public address like every other notification link.</summary>
public static class CivilSocietyLinks
{
    public static string Confirmation(this NotificationLinks links, string tenant, Guid user, string code, string language) =>
        $"{links.BaseUrl}/{tenant}/register/confirm?user={user}&code={Uri.EscapeDataString(code)}&culture={language}";

    public static string Registration(this NotificationLinks links, string tenant, string language) =>
        $"{links.BaseUrl}/{tenant}/register?culture={language}";

    public static string PublicRecommendation(this NotificationLinks links, string tenant, long id) =>
        string.Create(CultureInfo.InvariantCulture, $"{links.BaseUrl}/{tenant}/recommendations/{id}");

    public static string Contributions(this NotificationLinks links, string tenant, string language) =>
        $"{links.BaseUrl}/{tenant}/my-contributions?culture={language}";
}
