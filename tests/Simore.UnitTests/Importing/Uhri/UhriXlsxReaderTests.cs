using MiniExcelLibs;
using Simore.Core.Importing;
using Simore.Core.Importing.Uhri;

namespace Simore.UnitTests.Importing.Uhri;

public sealed class UhriXlsxReaderTests
{
    private static readonly UhriXlsxReader Reader = new();

    private static ParsedFile Read(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return Reader.Read(stream, new ReadOptions());
    }

    private static byte[] Workbook(IEnumerable<Dictionary<string, object?>> rows)
    {
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, rows);
        return stream.ToArray();
    }

    [Test]
    public void The_fixture_reads_into_the_expected_records()
    {
        UhriSampleExpectations.Check(Read(File.ReadAllBytes(UhriFixture.PathOf(UhriFixture.XlsxName))), firstRow: 2);
    }

    [Test]
    public void A_row_without_text_or_with_an_unknown_body_is_a_row_problem_with_its_column()
    {
        var rows = UhriFixture.Rows.Take(2).Select(r => new Dictionary<string, object?>(r)).ToList();
        rows[0][UhriColumns.Text] = null;
        rows[1][UhriColumns.Body] = "Committee of Friends";

        var parsed = Read(Workbook(rows));

        Assert.That(parsed.Records, Is.Empty);
        Assert.That(parsed.Problems.Select(p => (p.Row, p.Column, p.Format())), Is.EqualTo(new[]
        {
            (2, (string?)UhriColumns.Text, "The recommendation has no text."),
            (3, (string?)UhriColumns.Body, "The recommending body \"Committee of Friends\" is not known."),
        }));
    }

    [Test]
    public void A_bad_session_or_date_is_a_row_problem()
    {
        var row = new Dictionary<string, object?>(UhriFixture.Rows[0])
        {
            [UhriColumns.Session] = "forty-eight",
            [UhriColumns.PublicationDate] = "soon",
        };

        var parsed = Read(Workbook([row]));

        Assert.That(parsed.Problems.Select(p => p.Column), Is.EquivalentTo(new[] { UhriColumns.Session, UhriColumns.PublicationDate }));
    }

    [Test]
    public void A_workbook_without_the_UHRI_columns_is_refused_as_a_whole()
    {
        var parsed = Read(Workbook([new() { ["Recommendation"] = "Ratify OPCAT", ["State"] = "Slovenia" }]));

        Assert.That(parsed.Records, Is.Empty);
        Assert.That(parsed.Problems.Single().Row, Is.Zero);
        Assert.That(parsed.Problems.Single().Format(), Does.Contain("Reccomending Body"));
    }

    [TestCase("not a workbook at all")]
    [TestCase("PK\u0003\u0004 a zip signature and nothing else")]
    public void Junk_is_one_file_problem(string content)
    {
        var parsed = Read(System.Text.Encoding.Latin1.GetBytes(content));

        Assert.That(parsed.Records, Is.Empty);
        Assert.That(parsed.Problems.Single().Format(), Is.EqualTo("The file is not a spreadsheet (.xlsx) or it is damaged."));
    }

    [Test]
    public void A_truncated_workbook_or_a_Word_document_is_one_file_problem()
    {
        var workbook = File.ReadAllBytes(UhriFixture.PathOf(UhriFixture.XlsxName));
        var word = File.ReadAllBytes(Simore.Testing.RepositoryFiles.PathOf("tests", "data", "ohchr", "SVN_cycle4_UPR48_thematic_list.docx"));

        Assert.That(Read(workbook[..(workbook.Length / 2)]).Problems, Has.Count.EqualTo(1));
        Assert.That(Read(word).Problems, Has.Count.EqualTo(1));
        Assert.That(Read(word).Records, Is.Empty);
    }
}
