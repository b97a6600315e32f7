using System.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace Simore.IntegrationTests.Registry;

/// <summary>`simore import`, run as the separate program an operator runs.</summary>
public sealed class ImportCommandTests
{
    private static readonly string Scrape2010 = Fixtures.DataFile("wg-scrape", "2010data.csv");

    [Test]
    public async Task The_scraped_Working_Group_file_goes_through_the_generic_importer_and_a_second_run_changes_nothing()
    {
        var albania = await Fixtures.NewTenantAsync("Albania", country: "ALB");
        string[] arguments =
        [
            "import", "--tenant", albania.Slug, "--file", Scrape2010, "--format", "sheet",
            "--map", "Text=text", "StateUnderReview=to", "Position=decision", "RecommendingStates=From", "Date=year",
            "--extract-from-text", "--document-symbol", "A/HRC/13/6", "--cycle", "1", "--session", "6",
        ];

        var (first, firstOut, firstError) = await RunAsync(arguments);
        var (second, secondOut, _) = await RunAsync(arguments);

        Assert.That(first, Is.Zero, firstError);
        Assert.That(firstOut, Does.Contain("created 106, updated 0, unchanged 0, rejected 0"));
        Assert.That(second, Is.Zero);
        Assert.That(secondOut, Does.Contain("created 0, updated 0, unchanged 106, rejected 0"));
        await Fixtures.InTenantAsync(albania, async (_, db) =>
        {
            var r = await db.Recommendations.Include(x => x.States).SingleAsync(x => x.Paragraph == "67.2");
            Assert.That(r.Text, Does.StartWith("Sign and ratify CRPD"));
            Assert.That(r.States.Select(s => s.CountryCode), Is.EqualTo(new[] { "ESP" }));
            Assert.That(await db.Recommendations.CountAsync(x => !x.States.Any()), Is.Zero, "every recommendation has its recommending States");
            return 0;
        });
    }

    [Test]
    public async Task A_dry_run_writes_nothing()
    {
        var tenant = await Fixtures.NewTenantAsync();

        var (code, output, _) = await RunAsync(["import", "--tenant", tenant.Slug, "--file", Fixtures.DataFile("ohchr", "SVN_cycle4_UPR48_thematic_list.docx"), "--dry-run"]);

        Assert.That(code, Is.Zero);
        Assert.That(output, Does.Contain("created 254"));
        Assert.That(await Fixtures.InTenantAsync(tenant, (_, db) => db.Recommendations.CountAsync()), Is.Zero);
        Assert.That(await Fixtures.InTenantAsync(tenant, (_, db) => db.ImportBatches.CountAsync()), Is.Zero);
    }

    [Test]
    public async Task A_rejected_file_exits_with_2_and_says_why()
    {
        var tenant = await Fixtures.NewTenantAsync();
        var junk = Path.Combine(Path.GetTempPath(), $"junk-{Guid.NewGuid():N}.docx");
        await File.WriteAllTextAsync(junk, "this is not a Word document");

        var (code, output, error) = await RunAsync(["import", "--tenant", tenant.Slug, "--file", junk]);

        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain("row 0"));
        Assert.That(output, Does.Contain("created 0"));
        Assert.That(await Fixtures.InTenantAsync(tenant, (_, db) => db.Recommendations.CountAsync()), Is.Zero);
        File.Delete(junk);
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "simore.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ConnectionStrings__Simore"] = TestEnvironment.Database.AppConnectionString;
        start.Environment["ConnectionStrings__Migrations"] = TestEnvironment.Database.OwnerConnectionString;
        start.Environment["DOTNET_ENVIRONMENT"] = "Testing";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
