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

/// <summary>The demo's institutions, and the clusters (OHCHR theme headings) each leads.</summary>
public static class DemoInstitutions
{
    public const string Justice = "Ministry of Justice";

    public static readonly IReadOnlyList<(string Name, string Acronym, Network.Branch Branch, string[] Clusters)> All =
    [
        ("Ministry of Foreign and European Affairs", "MFEA", Network.Branch.Executive, ["Ratification of & accession to international instruments", "National Mechanisms for Implementation, Reporting and Follow-up (NMIRF)", "National Human Rights Action Plans (or specific areas) / implementation plans", "Unilateral coercive measures", "International criminal & humanitarian law (including crimes against humanity, war crimes, genocide)"]),
        (Justice, "MoJ", Network.Branch.Executive, ["Human trafficking & contemporary forms of slavery", "Conditions of detention", "Access to justice & remedy", "Children: juvenile justice"]),
        ("Ministry of Labour, Family, Social Affairs and Equal Opportunities", "MLFSAEO", Network.Branch.Executive, ["Equality & non-discrimination", "Advancement of women", "Violence against women", "Persons with disabilities: definition, general principles", "Persons with disabilities: independence, inclusion", "Persons with disabilities: protection against exploitation, violence & abuse", "Persons with disabilities: protecting the integrity of the person", "Discrimination against women", "Participation of women in political & public life", "Sexual & gender-based violence", "Rights related to marriage & family", "Right to social security", "Human rights & poverty", "Right to an adequate standard of living", "Right to adequate housing"]),
        ("Ministry of Health", "MoH", Network.Branch.Executive, ["Right to health", "Sexual & reproductive health and rights"]),
        ("Human Rights Ombudsman", "HRO", Network.Branch.Independent, ["National Human Rights Institution (NHRI)"]),
        ("Ministry of the Interior", "MoI", Network.Branch.Executive, ["Migrants", "Refugees & asylum seekers", "Rights related to name, identity & nationality"]),
        ("Ministry of Education", "MoE", Network.Branch.Executive, ["Right to education", "Human rights education, trainings & awareness raising", "Children: definition; general principles; protection"]),
        ("Government Office for National Minorities", "GONM", Network.Branch.Executive, ["Members of minorities", "Racial discrimination"]),
        ("Ministry of the Environment, Climate and Energy", "MECE", Network.Branch.Executive, ["Human rights & the environment", "Human rights & climate change"]),
        ("Ministry of Culture", "MoC", Network.Branch.Executive, ["Freedom of opinion and expression & access to information", "Freedom of thought, conscience & religion"]),
        ("Ministry of Public Administration", "MPA", Network.Branch.Executive, ["Good governance & corruption", "Cooperation & consultation with civil society"]),
        ("Government Office for Legislation", "GOL", Network.Branch.Executive, ["Constitutional & legislative framework", "Legal & institutional reform"]),
    ];
}

public sealed record DemoAccount(string Email, string DisplayName, string Role)
{
    public bool NeedsTwoFactor => Role is Identity.Roles.Administrator or Identity.Roles.PlatformAdministrator;
}
