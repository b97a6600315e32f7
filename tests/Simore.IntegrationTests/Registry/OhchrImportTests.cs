using DocumentFormat.OpenXml.Packaging;
using Table = DocumentFormat.OpenXml.Wordprocessing.Table;
using TableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;
using Text = DocumentFormat.OpenXml.Wordprocessing.Text;
using Microsoft.EntityFrameworkCore;
using Simore.Core.Importing;
using Simore.Core.Importing.Ohchr;
using Simore.Core.Registry;

namespace Simore.IntegrationTests.Registry;

/// <summary>The OHCHR thematic list of Slovenia's fourth cycle, imported as an administrator would.</summary>
public sealed class OhchrImportTests
{
    private static readonly string Cycle4 = Fixtures.DataFile("ohchr", "SVN_cycle4_UPR48_thematic_list.docx");

    [Test]
    public async Task The_list_yields_254_recommendations_with_everything_the_file_says()
    {
        var tenant = await Fixtures.NewTenantAsync();
        using var stream = File.OpenRead(Cycle4);
        var parsed = new OhchrThematicListParser(n => CountryDirectory.Instance.Resolve(n) is not null).Parse(stream);

        var result = await Fixtures.ImportAsync(tenant, Cycle4, clusters: true);

        Assert.That(result.Batch.Status, Is.EqualTo(ImportStatus.Committed));
        await Fixtures.InTenantAsync(tenant, async (_, db) =>
        {
            var all = await db.Recommendations.Include(r => r.States).Include(r => r.Themes).Include(r => r.Groups).Include(r => r.SdgGoals).Include(r => r.Document).AsSplitQuery().ToListAsync();
            Assert.That(all, Has.Count.EqualTo(254));
            Assert.That(all.Count(r => r.Position == Position.Supported), Is.EqualTo(217));
            Assert.That(all.Count(r => r.Position == Position.Noted), Is.EqualTo(37));
            Assert.That(all.Select(r => r.Document!.Symbol).Distinct(), Is.EqualTo(new[] { "A/HRC/59/15" }));
            Assert.That(all[0].Document!.Cycle, Is.EqualTo(4));
            foreach (var row in parsed.Rows)
            {
                var r = all.Single(x => x.Paragraph == row.Paragraph);
                Assert.That(r.Text, Is.EqualTo(row.Text), row.Paragraph);
                Assert.That(r.PositionSource, Is.EqualTo(row.PositionSource), row.Paragraph);
                Assert.That(r.States, Has.Count.EqualTo(row.RecommendingStates.Count), row.Paragraph + " States");
                Assert.That(r.SdgGoals.Select(g => g.Goal).Order(), Is.EqualTo(row.SdgGoals.Order()), row.Paragraph + " SDGs");
                Assert.That(r.Themes, Is.Not.Empty, row.Paragraph + " themes");
                Assert.That(r.Groups, Has.Count.EqualTo(row.GroupsOfPersons.Count), row.Paragraph + " groups");
            }

            var first = all.Single(r => r.Paragraph == "140.7");
            Assert.That(first.States.Select(s => s.CountryCode).Order(), Is.EqualTo(new[] { "MDV", "PRT" }));
            Assert.That(first.Themes.Select(t => t.ThemeCode), Does.Contain("ratification-accession"));
            Assert.That(await db.Clusters.CountAsync(), Is.EqualTo(parsed.Rows.Select(r => r.Theme).Distinct().Count()), "one cluster per theme heading");
            Assert.That(all.All(r => r.ClusterId is not null));
            Assert.That(await db.PositionChanges.CountAsync(), Is.EqualTo(254), "each position has its first history entry");
            Assert.That(await db.AuditEntries.CountAsync(a => a.EntityType == "Recommendation" && a.Action == "Created"), Is.EqualTo(254));
            return 0;
        });
    }

    [Test]
    public async Task Importing_the_same_file_again_changes_nothing()
    {
        var tenant = await Fixtures.NewTenantAsync();
        await Fixtures.ImportAsync(tenant, Cycle4);
        var audit = await Fixtures.InTenantAsync(tenant, (_, db) => db.AuditEntries.CountAsync());

        var again = await Fixtures.ImportAsync(tenant, Cycle4);

        Assert.That(again.Plan.Count(ImportAction.Unchanged), Is.EqualTo(254));
        Assert.That(again.Plan.CanCommit, Is.False);
        Assert.That(await Fixtures.InTenantAsync(tenant, (_, db) => db.Recommendations.CountAsync()), Is.EqualTo(254));
        Assert.That(await Fixtures.InTenantAsync(tenant, (_, db) => db.AuditEntries.CountAsync()), Is.EqualTo(audit));
    }

    [Test]
    public async Task A_corrected_file_updates_the_position_with_history_instead_of_duplicating()
    {
        var tenant = await Fixtures.NewTenantAsync();
        await Fixtures.ImportAsync(tenant, Cycle4);
        var corrected = Path.Combine(Path.GetTempPath(), $"corrected-{Guid.NewGuid():N}.docx");
        File.Copy(Cycle4, corrected);
        ChangePosition(corrected, "140.230", "Supported");

        var result = await Fixtures.ImportAsync(tenant, corrected);

        Assert.That(result.Plan.Count(ImportAction.Update), Is.EqualTo(1));
        Assert.That(result.Plan.Count(ImportAction.Unchanged), Is.EqualTo(253));
        await Fixtures.InTenantAsync(tenant, async (_, db) =>
        {
            var r = await db.Recommendations.Include(x => x.PositionHistory).SingleAsync(x => x.Paragraph == "140.230");
            Assert.That(r.Position, Is.EqualTo(Position.Supported));
            Assert.That(r.PositionHistory.OrderBy(p => p.Id).Select(p => p.Position), Is.EqualTo(new[] { Position.Noted, Position.Supported }));
            Assert.That(await db.Recommendations.CountAsync(), Is.EqualTo(254));
            return 0;
        });
        File.Delete(corrected);
    }

    [Test]
    public async Task A_damaged_file_is_rejected_and_writes_nothing()
    {
        var tenant = await Fixtures.NewTenantAsync();
        var truncated = Path.Combine(Path.GetTempPath(), $"truncated-{Guid.NewGuid():N}.docx");
        var bytes = await File.ReadAllBytesAsync(Cycle4);
        await File.WriteAllBytesAsync(truncated, bytes[..(bytes.Length / 3)]);

        var result = await Fixtures.ImportAsync(tenant, truncated, format: OhchrDocxReader.FormatName);

        Assert.That(result.Batch.Status, Is.EqualTo(ImportStatus.Rejected));
        Assert.That(result.Plan.Problems, Is.Not.Empty);
        Assert.That(await Fixtures.InTenantAsync(tenant, (_, db) => db.Recommendations.CountAsync()), Is.Zero);
        Assert.That(await Fixtures.InTenantAsync(tenant, (_, db) => db.SourceDocuments.CountAsync()), Is.Zero);
        File.Delete(truncated);
    }

    [Test]
    public async Task A_list_for_another_State_is_refused_for_this_tenant()
    {
        var tenant = await Fixtures.NewTenantAsync(country: "PRY");

        var result = await Fixtures.ImportAsync(tenant, Cycle4);

        Assert.That(result.Plan.Count(ImportAction.Skip), Is.EqualTo(254));
        Assert.That(result.Plan.Problems.Single().Message, Does.Contain("None of the recommendations"));
        Assert.That(await Fixtures.InTenantAsync(tenant, (_, db) => db.Recommendations.CountAsync()), Is.Zero);
    }

    private static void ChangePosition(string path, string paragraph, string position)
    {
        using var document = WordprocessingDocument.Open(path, isEditable: true);
        var row = document.MainDocumentPart!.Document!.Body!.Descendants<TableRow>()
            .First(r => r.Elements<TableCell>().FirstOrDefault()?.InnerText.StartsWith(paragraph + " ", StringComparison.Ordinal) == true);
        var cell = row.Elements<TableCell>().ElementAt(1);
        var texts = cell.Descendants<Text>().ToList();
        texts[0].Text = position;
        foreach (var extra in texts.Skip(1))
        {
            extra.Text = string.Empty;
        }
    }
}
