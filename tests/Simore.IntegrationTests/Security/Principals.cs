using Simore.Core.Identity;
using Simore.Core.Tenancy;
using Simore.IntegrationTests.FollowUp;

namespace Simore.IntegrationTests.Security;

/// <summary>Who makes a request: nobody, or someone with one role in tenant A (or the platform).</summary>
public enum Principal
{
    Anonymous,
    CivilSociety,
    FocalPoint,
    Validator,
    Drafter,
    Administrator,

    /// <summary>An administrator who signed in with the password only: the second factor is still owed.</summary>
    AdministratorWithoutSecondFactor,
    PlatformAdministrator,
}

/// <summary>Tenant A with one of every resource, a browser signed in for every principal, and tenant B with its own resources.</summary>
public sealed class TwoTenants : IDisposable
{
    private readonly Dictionary<Principal, Browser> _browsers;

    private TwoTenants(TenantData a, TenantData b, Dictionary<Principal, Browser> browsers)
    {
        A = a;
        B = b;
        _browsers = browsers;
    }

    public TenantData A { get; }

    public TenantData B { get; }

    public Browser this[Principal principal] => _browsers[principal];

    public static async Task<TwoTenants> CreateAsync()
    {
        var a = await Fixtures.NewTenantAsync();
        var b = await Fixtures.NewTenantAsync();
        var institutionA = await FollowUpFixtures.InstitutionAsync(a, "Ministry of Justice");
        var institutionB = await FollowUpFixtures.InstitutionAsync(b, "Ministry of Justice");
        var people = new Dictionary<Principal, TestUser>
        {
            [Principal.CivilSociety] = await Fixtures.NewUserAsync(a, Roles.CivilSociety),
            [Principal.FocalPoint] = await FollowUpFixtures.PersonAsync(a, Roles.FocalPoint, institutionA),
            [Principal.Validator] = await FollowUpFixtures.PersonAsync(a, Roles.Validator, institutionA),
            [Principal.Drafter] = await Fixtures.NewUserAsync(a, Roles.Drafter),
            [Principal.Administrator] = await Fixtures.NewUserAsync(a, Roles.Administrator, twoFactor: true),
            [Principal.AdministratorWithoutSecondFactor] = await Fixtures.NewUserAsync(a, Roles.Administrator),
            [Principal.PlatformAdministrator] = await Fixtures.NewUserAsync(null, Roles.PlatformAdministrator, twoFactor: true),
        };
        var dataA = await TenantData.CreateAsync(a, institutionA, people[Principal.FocalPoint], people[Principal.CivilSociety]);
        var bFocal = await FollowUpFixtures.PersonAsync(b, Roles.FocalPoint, institutionB);
        var bCivil = await Fixtures.NewUserAsync(b, Roles.CivilSociety);
        var dataB = await TenantData.CreateAsync(b, institutionB, bFocal, bCivil);

        var browsers = new Dictionary<Principal, Browser> { [Principal.Anonymous] = TestEnvironment.App.CreateBrowser() };
        foreach (var (principal, user) in people)
        {
            browsers[principal] = await Fixtures.SignInAsync(user);
        }

        return new TwoTenants(dataA, dataB, browsers);
    }

    public void Dispose()
    {
        foreach (var browser in _browsers.Values)
        {
            browser.Dispose();
        }
    }
}
