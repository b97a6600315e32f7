using Simore.Web.Infrastructure;
using static Simore.IntegrationTests.Security.Principal;

namespace Simore.IntegrationTests.Security;

/// <summary>
/// Who may use a route: what its metadata declares, and, for the sensitive areas, what this file
/// says independently of the code. An attribute relaxed by mistake then disagrees with the table.
/// </summary>
public static class AccessRules
{
    private static readonly Principal[] Everyone = Enum.GetValues<Principal>();

    private static readonly Principal[] SignedIn = Everyone.Where(p => p != Anonymous).ToArray();

    /// <summary>
    /// The sensitive areas, by route template prefix (the longest matching prefix wins). "Outside
    /// metadata" marks an area guarded by something other than [Authorize] (the jobs dashboard's filter).
    /// </summary>
    public static IReadOnlyList<(string Prefix, Principal[] Allowed, bool OutsideMetadata)> Table { get; } =
    [
        ("{tenant}/admin", [Administrator], false),
        ("{tenant}/moderation", [Administrator], false),
        ("{tenant}/validation", [Validator], false),
        ("{tenant}/work", [FocalPoint], false),
        ("{tenant}/reports", [Drafter, Administrator], false),
        // Signed in by metadata; the action itself answers 403 with a page that explains how to join.
        ("{tenant}/my-contributions", [Principal.CivilSociety], true),
        ("{tenant}/recommendations/{id}/comment", [Principal.CivilSociety], true),
        ("{tenant}/recommendations/{id}/assessment", [Principal.CivilSociety], true),
        ("{tenant}/register/join", SignedIn, false),
        ("platform", [PlatformAdministrator], false),
        ("hangfire", [PlatformAdministrator], true),
        ("account/preferences", SignedIn, false),
        ("account/two-factor", SignedIn, false),
        ("account/login", Everyone, false),
        ("{tenant}/recommendations", Everyone, false),
        ("api/v1/{tenant}", Everyone, false),
    ];

    /// <summary>Pages whose very purpose is to answer 403 ("access denied"), to everyone.</summary>
    public static IReadOnlySet<string> RefusalPages { get; } = new HashSet<string> { "account/denied" };

    /// <summary>Whether the route's declared metadata lets the principal in (tenant roles are tenant A's).</summary>
    public static bool Declared(AppRoute route, Principal principal)
    {
        var access = route.Access;
        if (access.Anonymous)
        {
            return true;
        }

        if (principal == Anonymous)
        {
            return false;
        }

        var roles = RolesOf(principal, route.IsTenantRoute);
        var secondFactor = principal is Administrator or PlatformAdministrator;
        return access.RoleSets.All(set => set.Any(roles.Contains))
            && access.Policies.All(policy => policy switch
            {
                Policies.Administrator => roles.Contains(Simore.Core.Identity.Roles.Administrator) && secondFactor,
                Policies.PlatformAdministrator => roles.Contains(Simore.Core.Identity.Roles.PlatformAdministrator) && secondFactor,
                Policies.ReportDrafter => roles.Contains(Simore.Core.Identity.Roles.Drafter)
                    || (roles.Contains(Simore.Core.Identity.Roles.Administrator) && secondFactor),
                _ => throw new AssertionException($"{route} uses policy {policy}, which this test does not know: add it here."),
            });
    }

    /// <summary>The table's answer for the route, or null when the route is in no sensitive area.</summary>
    public static (Principal[] Allowed, bool OutsideMetadata)? Listed(AppRoute route)
    {
        var template = Normalize(route.Template);
        var match = Table
            .Where(t => template == t.Prefix || template.StartsWith(t.Prefix + "/", StringComparison.Ordinal))
            .OrderByDescending(t => t.Prefix.Length)
            .Select(t => ((Principal[], bool)?)(t.Allowed, t.OutsideMetadata))
            .FirstOrDefault();
        return match;
    }

    /// <summary>Whether the principal should get in: the table where it speaks, the metadata elsewhere.</summary>
    public static bool Expected(AppRoute route, Principal principal) =>
        !RefusalPages.Contains(Normalize(route.Template))
        && (Listed(route) is { } listed ? listed.Allowed.Contains(principal) : Declared(route, principal));

    /// <summary>"{id:long}" and "{id}" alike, no leading slash.</summary>
    public static string Normalize(string template) =>
        System.Text.RegularExpressions.Regex.Replace(template.TrimStart('/'), @"\{(\*\*)?([A-Za-z]+)(:[^}]*)?\}", "{$2}");

    private static HashSet<string> RolesOf(Principal principal, bool inTenant) => principal switch
    {
        PlatformAdministrator => [Simore.Core.Identity.Roles.PlatformAdministrator],
        _ when !inTenant => [],
        Principal.CivilSociety => [Simore.Core.Identity.Roles.CivilSociety],
        FocalPoint => [Simore.Core.Identity.Roles.FocalPoint],
        Validator => [Simore.Core.Identity.Roles.Validator],
        Drafter => [Simore.Core.Identity.Roles.Drafter],
        Administrator or AdministratorWithoutSecondFactor => [Simore.Core.Identity.Roles.Administrator],
        _ => [],
    };
}
