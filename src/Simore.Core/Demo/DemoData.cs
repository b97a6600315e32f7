namespace Simore.Core.Demo;

/// <summary>The demo tenant and its accounts, printed by deploy/run.sh and described in the README.</summary>
public static class DemoData
{
    public const string TenantSlug = "svn";

    public const string Password = "simore-demo-2025";

    /// <summary>The demo administrators' authenticator secret (Base32), so the demo needs no phone.</summary>
    public const string AdministratorTotpSecret = "SIMOREDEMOSVNADMINISTRATORTOTPKY";

    public const string ListFileName = "SVN_cycle4_UPR48_thematic_list.docx";

    public static readonly IReadOnlyList<DemoAccount> Accounts =
    [
        new("platform@simore.example", "Platform administrator", Identity.Roles.PlatformAdministrator),
        new("admin@svn.simore.example", "MFA administrator (Slovenia)", Identity.Roles.Administrator),
        new("focal@svn.simore.example", "Focal point, Ministry of Justice", Identity.Roles.FocalPoint),
        new("validator@svn.simore.example", "Validator, Ministry of Justice", Identity.Roles.Validator),
        new("drafter@svn.simore.example", "National report drafter", Identity.Roles.Drafter),
        new("ngo@svn.simore.example", "Human rights organisation", Identity.Roles.CivilSociety),
    ];
}

public sealed record DemoAccount(string Email, string DisplayName, string Role)
{
    public bool NeedsTwoFactor => Role is Identity.Roles.Administrator or Identity.Roles.PlatformAdministrator;
}
