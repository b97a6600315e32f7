using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;
using Simore.Core.Identity;
using Simore.Testing;
using static Simore.IntegrationTests.Operations.BackupScripts;

namespace Simore.IntegrationTests.Operations;

/// <summary>
/// With ConnectionStrings:PortalReadOnly, anonymous searches (portal and API) are answered by the
/// replica and signed-in people by the primary. The "replica" here is a second database holding an
/// older copy of the tenant (restored from its backup), so the test can tell which one answered.
/// </summary>
public sealed class PortalReplicaTests
{
    [Test]
    public async Task Anonymous_searches_read_the_replica_and_signed_in_people_the_primary()
    {
        var tenant = await Fixtures.NewTenantAsync();
        var ids = await Fixtures.AddRecommendationsAsync(tenant, "Protect persons with albinism from attacks", "Ratify the Convention on the Rights of Persons with Disabilities");
        var focal = await Fixtures.NewUserAsync(tenant, Roles.FocalPoint);
        var folder = Path.Combine(Path.GetTempPath(), "simore-replica-test-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        var replica = await TestDatabase.CreateAsync(TestEnvironment.Server, "simore_replica");
        try
        {
            var archive = await SucceedAsync("backup.sh", "tenant", tenant.Slug, "--db", Libpq(TestEnvironment.Database.SuperuserConnectionString), "--no-files", "--output", folder);
            await SucceedAsync("restore.sh", "tenant", archive, "--db", Libpq(replica.SuperuserConnectionString), "--no-files");

            // The primary moves on; the replica has not caught up.
            await using (var primary = await OpenAsync(TestEnvironment.Database.SuperuserConnectionString))
            await using (var change = new NpgsqlCommand($"UPDATE recommendations SET text = 'Protect persons with albinism from zebrafish attacks' WHERE tenant_id = {tenant.Id} AND id = {ids[0]}", primary))
            {
                Assert.That(await change.ExecuteNonQueryAsync(), Is.EqualTo(1));
            }

            await using var web = new SecondHost(builder => builder
                .UseSetting("Simore:ProcessRole", "web")
                .UseSetting("ConnectionStrings:PortalReadOnly", replica.AppConnectionString));
            using var visitor = new Browser(web.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
            Assert.That(await FoundAsync(visitor, tenant.Slug, "zebrafish"), Is.EqualTo("0"), "the replica has not seen the change");
            Assert.That(await FoundAsync(visitor, tenant.Slug, "albinism"), Is.EqualTo("1"));
            Assert.That(await ApiTotalAsync(visitor, tenant.Slug, "zebrafish"), Is.Zero);
            Assert.That(await ApiTotalAsync(visitor, tenant.Slug, "albinism"), Is.EqualTo(1));

            using var signedIn = await Fixtures.SignInAsync(web.CreateBrowser(), focal);
            Assert.That(await FoundAsync(signedIn, tenant.Slug, "zebrafish"), Is.EqualTo("1"), "signed in: the primary");

            using var withoutReplica = TestEnvironment.App.CreateBrowser();
            Assert.That(await FoundAsync(withoutReplica, tenant.Slug, "zebrafish"), Is.EqualTo("1"), "a process without the setting reads the primary");
        }
        finally
        {
            await replica.DropAsync();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The number in the search page's result line ("N recommendations found").</summary>
    private static async Task<string> FoundAsync(Browser browser, string slug, string words)
    {
        var page = await browser.GetAsync($"/{slug}/recommendations?q={words}");
        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK), page.Text);
        var status = page.Document.QuerySelector("[role=status]")!.TextContent.Trim();
        return status.Split(' ')[0];
    }

    private static async Task<int> ApiTotalAsync(Browser browser, string slug, string words)
    {
        var json = JsonNode.Parse(await browser.Client.GetStringAsync($"/api/v1/{slug}/recommendations?q={words}"))!;
        return (int)json["total"]!;
    }
}
