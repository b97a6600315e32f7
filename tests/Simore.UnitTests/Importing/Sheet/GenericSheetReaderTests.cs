using System.Text;
using MiniExcelLibs;
using Simore.Core.Importing;
using Simore.Core.Importing.Sheet;
using Simore.Core.Registry;

namespace Simore.UnitTests.Importing.Sheet;

public sealed class GenericSheetReaderTests
{
    private static readonly GenericSheetReader Reader = new(ScrapeFiles.IsStateName);
    private static readonly DocumentReference Cedaw = new("CEDAW/C/SVN/CO/7", Mechanism.TreatyBody, "CEDAW", null, null, null, null, null);

    private static ParsedFile Read(string csv, ReadOptions options) => Read(Encoding.UTF8.GetBytes(csv), options);

    private static ParsedFile Read(byte[] bytes, ReadOptions options)
    {
        using var stream = new MemoryStream(bytes);
        return Reader.Read(stream, options);
    }

    [Test]
    public void The_scrape_headers_are_guessed()
    {
        using var stream = new MemoryStream(ScrapeFiles.Bytes("2010"));
        var headers = GenericSheetReader.ReadHeaders(stream, "2010data.csv");

        Assert.That(headers, Is.EqualTo(new[] { "text", "to", "decision", "From", "year", "notes" }));
        Assert.That(GenericSheetReader.GuessColumns(headers), Is.EquivalentTo(new Dictionary<SheetField, string>
        {
            [SheetField.Text] = "text",
            [SheetField.StateUnderReview] = "to",
            [SheetField.Position] = "decision",
            [SheetField.RecommendingStates] = "From",
            [SheetField.Date] = "year",
        }));
    }

    [Test]
    public void Common_header_variants_are_guessed()
    {
        var map = GenericSheetReader.GuessColumns(["No.", "Recommendation", "Recommending State(s)", "State under review", "Response", "Issues", "SDG", "Session", "Cycle", "Body", "Symbol", "Reccomending Body"]);

        Assert.That(map, Is.EquivalentTo(new Dictionary<SheetField, string>
        {
            [SheetField.Paragraph] = "No.",
            [SheetField.Text] = "Recommendation",
            [SheetField.RecommendingStates] = "Recommending State(s)",
            [SheetField.StateUnderReview] = "State under review",
            [SheetField.Position] = "Response",
            [SheetField.Themes] = "Issues",
            [SheetField.Sdgs] = "SDG",
            [SheetField.Session] = "Session",
            [SheetField.Cycle] = "Cycle",
            [SheetField.Body] = "Body",
            [SheetField.DocumentSymbol] = "Symbol",
        }));
    }

    [Test]
    public void Albania_2010_reads_with_numbered_paragraphs_and_States_from_the_text()
    {
        var albania = ScrapeFiles.Read("2010").Parsed.Records.Where(r => r.StateUnderReview == "albania").ToList();
        var first = albania[0];

        Assert.That(albania, Has.Count.EqualTo(106));
        Assert.That(first.Paragraph, Is.EqualTo("67.1"));
        Assert.That(first.Text, Is.EqualTo("Consider signing the Convention on the Rights of Persons with Disabilities (CRPD)"));
        Assert.That(first.RecommendingStates, Is.EqualTo(new[] { "Canada" }));
        Assert.That(first.Position, Is.EqualTo("support"));
        Assert.That(first.Document, Is.EqualTo(new DocumentReference("A/HRC/WG.6/2010", Mechanism.Upr, "UPR", null, null, new DateOnly(2010, 1, 1), null, null)));
        Assert.That(albania.Select(r => r.Position).Distinct(), Is.EquivalentTo(new[] { "support", "consider", "implemented", "reject" }));
    }

    [Test]
    public void Without_a_document_symbol_the_file_is_refused_with_one_problem()
    {
        var parsed = Read("text,to\nRatify CAT,Samoa\n", new ReadOptions());

        Assert.That(parsed.Records, Is.Empty);
        Assert.That(parsed.Problems.Select(p => (p.Row, p.Format())), Is.EqualTo(new[] { (0, "Give the document symbol: map a column to it or enter one for the whole file.") }));
    }

    [Test]
    public void Without_a_text_column_the_file_is_refused()
    {
        var parsed = Read("to,decision\nSamoa,support\n", new ReadOptions(Defaults: Cedaw));

        Assert.That(parsed.Problems.Single().Format(), Is.EqualTo("Map a column to the recommendation text."));
    }

    [Test]
    public void A_mapped_column_that_is_not_in_the_file_is_a_file_problem()
    {
        var map = new Dictionary<SheetField, string> { [SheetField.Text] = "Recommendation" };

        var parsed = Read("text\nRatify CAT\n", new ReadOptions(map, Cedaw));

        Assert.That(parsed.Problems.Single().Format(), Is.EqualTo("The column \"Recommendation\" is not in the file."));
    }

    [Test]
    public void A_row_with_empty_text_is_a_row_problem_with_the_header_name()
    {
        var parsed = Read("Text,To\n12. (a) Adopt a law,Slovenia\n,Slovenia\n", new ReadOptions(Defaults: Cedaw, ExtractFromText: true));

        Assert.That(parsed.Records.Single().Paragraph, Is.EqualTo("12 (a)"));
        Assert.That(parsed.Problems.Select(p => (p.Row, p.Column, p.Format())), Is.EqualTo(new[] { (3, (string?)"Text", "The recommendation has no text.") }));
    }

    [Test]
    public void A_workbook_is_read_through_its_guessed_columns()
    {
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, new[]
        {
            new Dictionary<string, object?> { ["Para."] = "12 (b)", ["Recommendation"] = "Adopt a definition of discrimination", ["Symbol"] = "CEDAW/C/SVN/CO/7", ["Date"] = new DateTime(2023, 10, 30), ["Themes"] = "Equality; Women's rights" },
            new Dictionary<string, object?> { ["Para."] = "14", ["Recommendation"] = "Repeal article 5", ["Symbol"] = "CCPR/C/SVN/CO/4", ["Date"] = 45000.0, ["Themes"] = null },
        });

        var parsed = Read(stream.ToArray(), new ReadOptions());

        Assert.That(parsed.Problems, Is.Empty);
        Assert.That(parsed.Records.Select(r => (r.Paragraph, r.Document.BodyCode, r.Document.Mechanism)), Is.EqualTo(new[] { ("12 (b)", "CEDAW", Mechanism.TreatyBody), ("14", "CCPR", Mechanism.TreatyBody) }));
        Assert.That(parsed.Records.Select(r => r.Document.PublishedOn), Is.EqualTo(new DateOnly?[] { new(2023, 10, 30), new(2023, 3, 15) }));
        Assert.That(parsed.Records[0].Themes, Is.EqualTo(new[] { "Equality", "Women's rights" }));
    }

    [Test]
    public void Rows_of_the_same_paragraph_are_merged_and_must_agree()
    {
        var csv = "text,to,decision,From\n"
            + "\"5.1 Ratify CAT (Chile, Spain);\",samoa,support,Chile\n"
            + "\"5.1 Ratify CAT (Chile, Spain);\",samoa,support,Spain\n"
            + "5.2 Ratify CED (Chile);,samoa,support,Chile\n"
            + "5.2 Ratify CED (Chile);,samoa,reject,Chile\n"
            + "5.1 Ratify OPCAT (Chile);,samoa,support,Chile\n";

        var parsed = Read(csv, new ReadOptions(null, new DocumentReference("A/HRC/18/14", Mechanism.Upr, "UPR", 1, 11, null, null, null), ExtractFromText: true));

        Assert.That(parsed.Records[0].SourceRows, Is.EqualTo(new[] { 2, 3 }));
        Assert.That(parsed.Records[0].RecommendingStates, Is.EqualTo(new[] { "Chile", "Spain" }));
        Assert.That(parsed.Problems.Select(p => (p.Row, p.Format())), Is.EqualTo(new[]
        {
            (5, "Paragraph 5.2 is already on row 4 with the position \"support\"."),
            (6, "Paragraph 5.1 is already on row 2 with a different text."),
        }));
    }

    [Test]
    public void Rows_without_numbers_get_a_stable_ordinal_per_State_and_document()
    {
        var csv = "Text,To\nRatify CAT,Samoa\nRatify CED,Samoa\nRatify CAT.,Samoa\nRatify CAT,Palau\n";

        var parsed = Read(csv, new ReadOptions(Defaults: Cedaw));

        Assert.That(parsed.Records.Select(r => (r.StateUnderReview, r.Paragraph, r.SourceRows.Count)), Is.EqualTo(new[]
        {
            ("Samoa", "#1", 2), ("Samoa", "#2", 1), ((string?)"Palau", "#1", 1),
        }));
    }

    [TestCase("")]
    [TestCase("PK\u0003\u0004 broken")]
    [TestCase("\"never closed,quote\nmore")]
    public void A_broken_file_is_one_file_problem(string content)
    {
        var parsed = Read(Encoding.Latin1.GetBytes(content), new ReadOptions(Defaults: Cedaw));

        Assert.That(parsed.Records, Is.Empty);
        Assert.That(parsed.Problems.Single().Row, Is.Zero);
    }
}
