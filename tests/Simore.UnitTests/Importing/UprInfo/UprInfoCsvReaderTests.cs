using System.Text;
using Simore.Core.Importing;
using Simore.Core.Importing.UprInfo;
using Simore.Core.Registry;
using Simore.Testing;

namespace Simore.UnitTests.Importing.UprInfo;

/// <summary>
/// The reader against the real UPR Info export of sessions 10 to 13 (Mac Roman, CR line endings).
/// The expected numbers were computed apart from this code, with Python's csv module:
/// decode as mac_roman, split records, key each row on (To, Session, text with white space collapsed
/// and final " .;,:" removed), count distinct keys overall and per To.
/// </summary>
public sealed class UprInfoCsvReaderTests
{
    private static readonly UprInfoCsvReader Reader = new();
    private static readonly Lazy<ParsedFile> Export = new(() => ReadFile());

    private static ParsedFile ReadFile()
    {
        using var stream = File.OpenRead(RepositoryFiles.PathOf("tests", "data", "uprinfo", "uprinfo_sessions10-13.csv"));
        return Reader.Read(stream, new ReadOptions());
    }

    private static ParsedFile Read(string csv)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        return Reader.Read(stream, new ReadOptions());
    }

    [Test]
    public void The_9047_rows_merge_into_8894_recommendations()
    {
        var parsed = Export.Value;

        Assert.That(parsed.Problems, Is.Empty);
        Assert.That(parsed.Records, Has.Count.EqualTo(8894));
        Assert.That(parsed.Records.Sum(r => r.SourceRows.Count), Is.EqualTo(9047));
        Assert.That(parsed.Records.Count(r => r.StateUnderReview == "Paraguay"), Is.EqualTo(124));
        Assert.That(parsed.Records.Count(r => r.StateUnderReview == "Samoa"), Is.EqualTo(143));
    }

    [Test]
    public void A_recommendation_made_by_thirteen_States_is_one_record()
    {
        var record = Export.Value.Records.Single(r => r.SourceRows.Count == 13);

        Assert.That(record.StateUnderReview, Is.EqualTo("Belgium"));
        Assert.That(record.Text, Is.EqualTo("Establish an independent national human rights institution in compliance with the Paris Principles"));
        Assert.That(record.SourceRows, Is.EqualTo(Enumerable.Range(786, 13)));
        Assert.That(record.RecommendingStates, Has.Count.EqualTo(13));
        Assert.That(record.RecommendingStates.Take(3), Is.EqualTo(new[] { "United Kingdom", "Poland", "Egypt" }));
        Assert.That(record.Paragraph, Is.EqualTo("11"));
        Assert.That(record.Position, Is.EqualTo("Accepted"));
        Assert.That(record.Keywords, Is.EqualTo(new[] { "NHRI", "Action category 5" }));
        Assert.That(record.Document, Is.EqualTo(new DocumentReference("UPR-WG/11/Belgium", Mechanism.Upr, "UPR", 1, 11, null, null, null)));
    }

    [Test]
    public void Mac_Roman_accents_are_read_correctly()
    {
        var brazil = Export.Value.Records.Single(r => r.RowNumber == 1089);
        var togo = Export.Value.Records.Single(r => r.RowNumber == 8047);

        Assert.That((brazil.StateUnderReview, brazil.Paragraph), Is.EqualTo(("Brazil", "165")));
        Assert.That(brazil.Text, Does.Contain("Guaran\u00ED Kaiow\u00E1"));
        Assert.That(togo.Text, Does.Contain("Gnassingb\u00E9"));
    }

    [Test]
    public void Positions_are_passed_on_as_written()
    {
        var positions = Export.Value.Records.GroupBy(r => r.Position).ToDictionary(g => g.Key!, g => g.Count());

        Assert.That(positions, Is.EqualTo(new Dictionary<string, int> { ["Accepted"] = 6891, ["Noted"] = 2003 }));
    }

    [Test]
    public void Reading_the_file_again_gives_the_same_keys()
    {
        static IEnumerable<string> Keys(ParsedFile file) =>
            file.Records.Select(r => $"{r.StateUnderReview}|{r.Document.Symbol}|{r.Paragraph}|{r.Text}");

        Assert.That(Keys(ReadFile()), Is.EqualTo(Keys(Export.Value)));
        Assert.That(Export.Value.Records.Take(2).Select(r => (r.Document.Symbol, r.Paragraph)), Is.EqualTo(new[] { ("UPR-WG/13/Algeria", "1"), ("UPR-WG/13/Algeria", "2") }));
        Assert.That(Export.Value.Records.Select(r => (r.Document.Symbol, r.Paragraph)).Distinct().Count(), Is.EqualTo(8894));
    }

    [Test]
    public void Rows_without_text_or_State_or_with_a_bad_session_are_row_problems()
    {
        var parsed = Read(UprInfoCsvReader.Header + "\n"
            + "Samoa,Asia,,Ratify CAT,Spain,WEOG,EU,Accepted,5,Torture,11\n"
            + "Samoa,Asia,,,Chile,GRULAC,,Accepted,5,Torture,11\n"
            + ",Asia,,Ratify CAT,Chile,GRULAC,,Accepted,5,Torture,11\n"
            + "Samoa,Asia,,Ratify CED,Chile,GRULAC,,Accepted,5,Torture,eleventh\n");

        Assert.That(parsed.Records.Single().Text, Is.EqualTo("Ratify CAT"));
        Assert.That(parsed.Problems.Select(p => (p.Row, p.Column, p.Format())), Is.EqualTo(new[]
        {
            (3, (string?)"Text", "The recommendation has no text."),
            (4, "To", "The State under review is empty."),
            (5, "Session", "The session \"eleventh\" is not a number."),
        }));
    }

    [TestCase("Text,State\nRatify CAT,Samoa\n")]
    [TestCase("")]
    [TestCase("PK\u0003\u0004junk")]
    public void Another_file_is_one_file_problem(string content)
    {
        var parsed = Read(content);

        Assert.That(parsed.Records, Is.Empty);
        Assert.That(parsed.Problems.Single().Row, Is.Zero);
    }
}
