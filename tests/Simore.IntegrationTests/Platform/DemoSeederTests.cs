using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Simore.Core.Demo;
using Simore.Core.Identity;
using Simore.Core.Registry;
using Simore.Testing;

namespace Simore.IntegrationTests.Platform;

public sealed class DemoSeederTests
{
    [Test]
    public async Task The_demo_tenant_is_Slovenia_with_its_254_recommendations_and_one_account_per_role_and_a_second_run_changes_nothing()
    {
        var seeder = TestEnvironment.App.Services.GetRequiredService<DemoSeeder>();
        var file = RepositoryFiles.PathOf("deploy", "demo", DemoData.ListFileName);

        var tenant = await seeder.SeedAsync(file);
        await seeder.SeedAsync(file);

        var (total, supported, noted, withSource) = await Fixtures.InTenantAsync(tenant, async (_, db) => (
            await db.Recommendations.CountAsync(),
            await db.Recommendations.CountAsync(r => r.Position == Position.Supported),
            await db.Recommendations.CountAsync(r => r.Position == Position.Noted),
            await db.Recommendations.CountAsync(r => r.PositionSource != null)));
        Assert.That((total, supported, noted, withSource), Is.EqualTo((254, 217, 37, 254)));
        using var scope = TestEnvironment.App.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        foreach (var account in DemoData.Accounts)
        {
            var user = await users.FindByEmailAsync(account.Email);
            Assert.That(user, Is.Not.Null, account.Email);
            Assert.That(user!.TwoFactorEnabled, Is.EqualTo(account.NeedsTwoFactor), account.Email);
        }
    }

    [Test]
    public async Task The_demo_administrator_signs_in_with_the_published_key()
    {
        var seeder = TestEnvironment.App.Services.GetRequiredService<DemoSeeder>();
        await seeder.SeedAsync(RepositoryFiles.PathOf("deploy", "demo", DemoData.ListFileName));
        var admin = DemoData.Accounts.Single(a => a.Role == Roles.Administrator);

        using var browser = await Fixtures.SignInAsync(new TestUser(Guid.Empty, admin.Email, DemoData.Password, DemoData.AdministratorTotpSecret));
        var workspace = await browser.GetAsync($"/{DemoData.TenantSlug}/admin");

        Assert.That(workspace.Status, Is.EqualTo(System.Net.HttpStatusCode.OK));
        Assert.That(workspace.Text, Does.Contain("217"));
    }
}
