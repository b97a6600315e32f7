using System.Text.RegularExpressions;
using Simore.Core.Registry;

namespace Simore.UnitTests.Importing.Sheet;

/// <summary>
/// Nine States of the three scraped files, chosen for their odd numbering ("93.3..1", "61 1.",
/// "106.40..1 106.41.", "129. ") and their damaged accents. Record counts were computed apart with
/// Python: rows of the State, paragraph taken as documented on ParagraphPrefix, distinct paragraphs.
/// </summary>
public sealed partial class ScrapeFilesTests
{
    [TestCase("2010", "albania", 106, 106)]
    [TestCase("2010", "angola", 166, 166)]
    [TestCase("2010", "armenia", 163, 154)]
    [TestCase("2011", "iceland", 84, 84)]
    [TestCase("2011", "paraguay", 129, 124)]
    [TestCase("2011", "hungary", 148, 148)]
    [TestCase("2012", "algeria", 120, 115)]
    [TestCase("2012", "ecuador", 139, 139)]
    [TestCase("2012", "morocco", 160, 148)]
    public void Every_row_of_the_State_reads_with_its_paragraph_and_recommending_States(string year, string state, int rows, int records)
    {
        var (parsed, rowsByState) = ScrapeFiles.Read(year);
        var stateRows = rowsByState[state].ToHashSet();
        var stateRecords = parsed.Records.Where(r => r.StateUnderReview == state).ToList();

        Assert.That(stateRows, Has.Count.EqualTo(rows));
        Assert.That(parsed.Problems.Where(p => stateRows.Contains(p.Row)), Is.Empty);
        Assert.That(stateRecords, Has.Count.EqualTo(records));
        Assert.That(stateRecords.SelectMany(r => r.SourceRows).Order(), Is.EqualTo(stateRows.Order()));
        Assert.That(stateRecords.Select(r => r.Paragraph), Has.All.Matches(Paragraph()));
        Assert.That(stateRecords.Select(r => r.Text), Has.None.Matches(LeadingNumber()));
        Assert.That(stateRecords.Select(r => r.RecommendingStates), Has.All.Not.Empty);
        Assert.That(stateRecords.Select(r => Simore.Core.Importing.TextFiles.TrailingStates.Split(r.Text, ScrapeFiles.IsStateName).States), Has.All.Empty,
            "no \"(State)\" group is left at the end of a text");
    }

    [Test]
    public void Armenia_sub_items_and_joint_recommendations_are_read_as_documented()
    {
        var records = ScrapeFiles.Read("2010").Parsed.Records.Where(r => r.StateUnderReview == "armenia").ToList();

        var subItem = records.Single(r => r.Paragraph == "93.3.1");
        Assert.That(subItem.Text, Does.StartWith("finalize the ratification of the Convention on the Rights of P"));
        var joint = records.Where(r => r.SourceRows.Count > 1).ToList();
        Assert.That(joint, Is.Not.Empty);
        Assert.That(joint, Has.All.Matches<Simore.Core.Importing.ImportRecord>(r => r.RecommendingStates.Count >= r.SourceRows.Count - 1));
    }

    [Test]
    public void Doubly_decoded_names_are_repaired_and_resolve()
    {
        var records = ScrapeFiles.Read("2012").Parsed.Records
            .Where(r => r.RecommendingStates.Any(s => CountryDirectory.Normalize(s) == "cote d'ivoire"))
            .ToList();

        // The text's "(C\u00F4te d\u2019Ivoire)" comes first; the "Cote d'Ivoire" of the From column is the same State.
        Assert.That(records, Has.Count.GreaterThan(3));
        Assert.That(records.Select(r => r.RecommendingStates.Count(s => CountryDirectory.Normalize(s) == "cote d'ivoire")), Has.All.EqualTo(1));
        Assert.That(records.SelectMany(r => r.RecommendingStates), Does.Contain("C\u00F4te d\u2019Ivoire"));
        Assert.That(records.SelectMany(r => r.RecommendingStates), Has.None.Contains('\u00D5').And.None.Contains('\u2122').And.None.Contains('\u00AA'));
    }

    [Test]
    public void The_genuine_conflicts_of_the_2011_file_are_reported_on_their_rows()
    {
        var problems = ScrapeFiles.Read("2011").Parsed.Problems;

        Assert.That(problems.Select(p => p.Row), Is.EqualTo(new[] { 5562, 5566, 5567, 5570, 8155, 8156 }));
        Assert.That(problems[0].Format(), Is.EqualTo("Paragraph 73.5 is already on row 5558 with a different text."));
        Assert.That(problems[^1].Format(), Is.EqualTo("The recommendation has no text."));
        Assert.That(problems[^1].Column, Is.EqualTo("text"));
    }

    [GeneratedRegex(@"^\d+(\.\d+)*( \([a-z]+\))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Paragraph();

    [GeneratedRegex(@"^\s*\d", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingNumber();
}
