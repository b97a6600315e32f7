using Microsoft.EntityFrameworkCore;
using Simore.Core.Importing;
using Simore.Core.Importing.UprInfo;
using Simore.Core.Registry;

namespace Simore.IntegrationTests.Registry;

/// <summary>The UPR Info export of sessions 10–13 (64 States): each State's tenant gets exactly its own recommendations.</summary>
public sealed class UprInfoImportTests
{
    private static readonly string File = Fixtures.DataFile("uprinfo", "uprinfo_sessions10-13.csv");

    [Test]
    public async Task Every_State_under_review_gets_its_recommendations_in_its_own_tenant()
    {
        ParsedFile parsed;
        await using (var stream = System.IO.File.OpenRead(File))
        {
            parsed = new UprInfoCsvReader().Read(stream, new ReadOptions());
        }

        var byState = parsed.Records.GroupBy(r => r.StateUnderReview!).ToList();
        Assert.That(byState, Has.Count.EqualTo(64));
        var total = 0;
        foreach (var state in byState)
        {
            var country = CountryDirectory.Instance.Resolve(state.Key);
            Assert.That(country, Is.Not.Null, state.Key);
            var tenant = await Fixtures.NewTenantAsync(state.Key, country: country!.Iso3);

            var result = await Fixtures.ImportAsync(tenant, File);

            Assert.That(result.Plan.Problems, Is.Empty, state.Key);
            Assert.That(result.Plan.Count(ImportAction.Create), Is.EqualTo(state.Count()), state.Key);
            var (created, supported) = await Fixtures.InTenantAsync(tenant, async (_, db) => (
                await db.Recommendations.CountAsync(),
                await db.Recommendations.CountAsync(r => r.Position == Position.Supported)));
            Assert.That(created, Is.EqualTo(state.Count()), state.Key);
            Assert.That(supported, Is.EqualTo(state.Count(r => r.Position == "Accepted")), state.Key);
            total += created;
        }

        Assert.That(total, Is.EqualTo(parsed.Records.Count));
    }

    [Test]
    public async Task Accents_survive_the_Mac_Roman_file_and_a_second_import_changes_nothing()
    {
        var paraguay = await Fixtures.NewTenantAsync("Paraguay", country: "PRY");

        await Fixtures.ImportAsync(paraguay, File);
        var again = await Fixtures.ImportAsync(paraguay, File);

        var texts = await Fixtures.InTenantAsync(paraguay, (_, db) => db.Recommendations.Select(r => r.Text).ToListAsync());
        Assert.That(texts, Has.Some.Contains("Guaran\u00ed"));
        Assert.That(texts.Any(t => t.Contains('\u00C3', StringComparison.Ordinal) || t.Contains('\u0192', StringComparison.Ordinal)), Is.False, "no mis-decoded characters");
        Assert.That(again.Plan.Count(ImportAction.Unchanged), Is.EqualTo(texts.Count));
        Assert.That(again.Plan.CanCommit, Is.False);
        var merged = await Fixtures.InTenantAsync(paraguay, (_, db) => db.Recommendations.CountAsync(r => r.States.Count > 1));
        Assert.That(merged, Is.GreaterThan(0), "rows of several recommending States become one recommendation");
    }
}
