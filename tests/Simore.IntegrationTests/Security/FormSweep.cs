using static Simore.IntegrationTests.Security.Principal;

namespace Simore.IntegrationTests.Security;

/// <summary>
/// Where each principal starts clicking, in the order the sweep goes: the administrator last, since
/// some of the administrator's forms change what the others see.
/// </summary>
public static class FormSweep
{
    public static IReadOnlyList<Principal> Order { get; } = [Principal.CivilSociety, FocalPoint, Validator, Anonymous, PlatformAdministrator, Administrator];

    public static IEnumerable<string> Starts(Principal principal, TenantData data)
    {
        var t = "/" + data.Tenant.Slug;
        var recommendation = data.Id("recommendations");
        return principal switch
        {
            Principal.CivilSociety => [t, $"{t}/recommendations/{recommendation}", $"{t}/recommendations/{recommendation}/comment", $"{t}/recommendations/{recommendation}/assessment", $"{t}/my-contributions", "/account/preferences"],
            FocalPoint => [$"{t}/work", $"{t}/work/entries/new?r={recommendation}", "/account/preferences"],
            Validator => [$"{t}/validation", $"{t}/validation/entries/{data.Id("entries")}"],
            Anonymous => [t, $"{t}/recommendations", $"{t}/register", $"{t}/report-abuse?comment={data.Id("comments")}", "/account/login", "/account/forgot-password"],
            PlatformAdministrator => ["/platform/tenants", "/platform/tenants/new"],
            Administrator =>
            [
                $"{t}/admin", $"{t}/admin/recommendations", $"{t}/admin/recommendations/{recommendation}", $"{t}/admin/recommendations/{recommendation}/edit",
                $"{t}/admin/recommendations/new", $"{t}/admin/review/entries/{data.Id("entries")}", $"{t}/moderation", $"{t}/moderation/reports",
                $"{t}/admin/people", $"{t}/admin/people/invite", $"{t}/admin/institutions/new", $"{t}/admin/clusters", $"{t}/admin/working-groups/new",
                $"{t}/admin/working-groups/{data.Id("working-groups")}/meetings/new", $"{t}/admin/imports", "/account/preferences",
            ],
            _ => [t],
        };
    }
}
