namespace Simore.Core.Identity;

/// <summary>Role names. Tenant roles come from memberships; PlatformAdministrator is an Identity role.</summary>
public static class Roles
{
    /// <summary>The foreign-affairs curator of a State's recommendations.</summary>
    public const string Administrator = "Administrator";

    /// <summary>Approves an institution's follow-up entries.</summary>
    public const string Validator = "Validator";

    /// <summary>Enters follow-up for an institution.</summary>
    public const string FocalPoint = "FocalPoint";

    /// <summary>Generates report drafts and exports.</summary>
    public const string Drafter = "Drafter";

    /// <summary>A registered organisation or person who comments in public.</summary>
    public const string CivilSociety = "CivilSociety";

    /// <summary>Creates tenants and watches the platform; across tenants.</summary>
    public const string PlatformAdministrator = "PlatformAdministrator";

    public static readonly IReadOnlyList<string> TenantRoles = [Administrator, Validator, FocalPoint, Drafter, CivilSociety];

    public static bool IsTenantRole(string role) => TenantRoles.Contains(role, StringComparer.Ordinal);
}
