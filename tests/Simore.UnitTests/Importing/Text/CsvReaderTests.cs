using Simore.Core.Importing.TextFiles;

namespace Simore.UnitTests.Importing.TextFiles;

public sealed class CsvReaderTests
{
    private static IEnumerable<string[]> Fields(string text) => CsvReader.Read(text).Rows.Select(r => r.Fields.ToArray());

    [TestCase("a,b\r1,2\r3,4", Description = "CR only")]
    [TestCase("a,b\r\n1,2\r\n3,4\r\n", Description = "CRLF")]
    [TestCase("a,b\n1,2\n3,4\n", Description = "LF")]
    [TestCase("a,b\r\n1,2\n3,4\r", Description = "Mixed in one file")]
    public void Any_line_ending_separates_records(string text)
    {
        var rows = CsvReader.Read(text).Rows;

        Assert.That(rows.Select(r => r.Fields), Is.EqualTo(new[] { new[] { "a", "b" }, new[] { "1", "2" }, new[] { "3", "4" } }));
        Assert.That(rows.Select(r => r.RowNumber), Is.EqualTo(new[] { 1, 2, 3 }));
    }

    [Test]
    public void Quoted_fields_keep_their_line_breaks_and_row_numbers_stay_those_of_a_spreadsheet()
    {
        var rows = CsvReader.Read("text,to\r\"first line\r\nsecond line\rthird\",Samoa\r\n\"x\",Chile").Rows;

        Assert.That(rows[1].Fields, Is.EqualTo(new[] { "first line\nsecond line\nthird", "Samoa" }));
        Assert.That(rows.Select(r => (r.RowNumber, r.LineNumber)), Is.EqualTo(new[] { (1, 1), (2, 2), (3, 5) }));
    }

    [Test]
    public void Doubled_quotes_are_one_quote()
    {
        Assert.That(Fields("\"He said \"\"no\"\"\",\"a, b\""), Is.EqualTo(new[] { new[] { "He said \"no\"", "a, b" } }));
    }

    [Test]
    public void Semicolons_are_detected_from_the_header()
    {
        var csv = CsvReader.Read("Text;State;Score\n\"Ratify; then report\";Chile;2,5\n");

        Assert.That(csv.Delimiter, Is.EqualTo(';'));
        Assert.That(csv.Rows[1].Fields, Is.EqualTo(new[] { "Ratify; then report", "Chile", "2,5" }));
    }

    [Test]
    public void Tabs_are_detected_from_the_header()
    {
        Assert.That(CsvReader.Read("a\tb\tc, d\n1\t2\t3, 4").Rows[1].Fields, Is.EqualTo(new[] { "1", "2", "3, 4" }));
    }

    [Test]
    public void Blank_lines_are_skipped_but_counted()
    {
        Assert.That(CsvReader.Read("a\n\nb\n").Rows.Select(r => r.RowNumber), Is.EqualTo(new[] { 1, 3 }));
    }

    [Test]
    public void A_quote_that_is_never_closed_is_reported_with_its_line()
    {
        Assert.That(CsvReader.Read("a,b\n1,2\n\"3,4\n5,6").UnclosedQuoteLine, Is.EqualTo(3));
    }
}
