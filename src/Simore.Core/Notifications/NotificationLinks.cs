using System.Globalization;
using Microsoft.Extensions.Configuration;
using Simore.Core.Identity;

namespace Simore.Core.Notifications;

/// <summary>
/// Absolute links for e-mails, from Simore:PublicUrl (the address people reach the site at; a
/// background job has no request to take it from).
/// </summary>
public sealed class NotificationLinks(IConfiguration configuration)
{
    public const string DefaultPublicUrl = "http://127.0.0.1:5080";

    public string BaseUrl { get; } = (configuration["Simore:PublicUrl"] is { Length: > 0 } url ? url : DefaultPublicUrl).TrimEnd('/');

    public string Preferences() => BaseUrl + "/account/preferences";

    /// <summary>A focal point's follow-up: assigned recommendations and their entries.</summary>
    public string Work(string tenant) => $"{BaseUrl}/{tenant}/work";

    /// <summary>A validator's queue of submitted entries.</summary>
    public string Validation(string tenant) => $"{BaseUrl}/{tenant}/validation";

    /// <summary>The administrator's queue of validated entries to publish.</summary>
    public string Review(string tenant) => $"{BaseUrl}/{tenant}/admin/review";

    public string Workspace(string tenant) => $"{BaseUrl}/{tenant}/admin";

    public string WorkingGroup(string tenant, long id) => string.Create(CultureInfo.InvariantCulture, $"{BaseUrl}/{tenant}/admin/working-groups/{id}");

    public string Portal(string tenant) => $"{BaseUrl}/{tenant}";

    /// <summary>Where a person starts their work in the tenant, from the roles they hold there.</summary>
    public string Home(string tenant, IReadOnlyCollection<string> roles) =>
        roles.Contains(Roles.Administrator) ? Workspace(tenant)
        : roles.Contains(Roles.FocalPoint) ? Work(tenant)
        : roles.Contains(Roles.Validator) ? Validation(tenant)
        : Portal(tenant);
}
