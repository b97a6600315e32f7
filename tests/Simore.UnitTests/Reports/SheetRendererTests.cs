using MiniExcelLibs;
using Simore.Core.Portal;
using Simore.Core.Reports;
using Simore.Core.Reports.Compose;
using Simore.Core.Reports.Sheets;
using Simore.Testing;

namespace Simore.UnitTests.Reports;

public sealed class SheetRendererTests
{
    [Test]
    public void The_spreadsheet_has_a_header_and_one_row_per_recommendation()
    {
        var matrix = MatrixTable.Build(ReportFixture.Model(ReportKind.Matrix), new ReportText("en"));

        var bytes = ExcelMatrixWriter.Write(matrix, "Implementation matrix", rightToLeft: false);
        var rows = new MemoryStream(bytes).Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();

        Assert.That(rows, Has.Count.EqualTo(ReportFixture.RecommendationCount));
        Assert.That(rows[0].Keys, Is.EqualTo(matrix.Headers));
        Assert.That(rows[0]["Reference"], Is.EqualTo("A/HRC/59/15 140.1"));
        Assert.That(rows.Single(r => Equals(r["No."], 78.0) || Equals(r["No."], 78L))["Indicators"]?.ToString(), Does.StartWith("Identified victims"));
        Assert.That(rows[0]["Deadline"], Is.EqualTo(new DateTime(2029, 7, 28)));
    }

    [Test]
    public void The_spreadsheet_freezes_its_header_and_filters_it()
    {
        var matrix = MatrixTable.Build(ReportFixture.Model(ReportKind.Matrix), new ReportText("en"));

        using var package = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(ExcelMatrixWriter.Write(matrix, "Matrix", rightToLeft: true)), false);
        var sheet = package.WorkbookPart!.WorksheetParts.Single().Worksheet!;

        Assert.That(sheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.AutoFilter>(), Is.Not.Empty);
        Assert.That(sheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Pane>().Single().State?.Value, Is.EqualTo(DocumentFormat.OpenXml.Spreadsheet.PaneStateValues.Frozen));
        Assert.That(sheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.SheetView>().Single().RightToLeft?.Value, Is.True);
    }

    [Test]
    public void The_csv_reads_back_with_the_same_rows_line_breaks_and_all()
    {
        var matrix = MatrixTable.Build(ReportFixture.Model(ReportKind.Matrix), new ReportText("en"));

        var bytes = CsvMatrixWriter.Write(matrix);
        var rows = CsvRecords.Parse(System.Text.Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF'));

        Assert.That(bytes.Take(3), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }), "a byte order mark for spreadsheets");
        Assert.That(rows, Has.Count.EqualTo(ReportFixture.RecommendationCount + 1));
        Assert.That(rows[0], Is.EqualTo(matrix.Headers));
        Assert.That(rows[1][3], Is.EqualTo("Portugal\nMaldives"));
        Assert.That(rows.Skip(1).Select(r => r[12]), Is.All.EqualTo("2029-07-28"));
    }

    [TestCase("=SUM(A1)", "'=SUM(A1)")]
    [TestCase("a, b", "\"a, b\"")]
    [TestCase("say \"no\"", "\"say \"\"no\"\"\"")]
    [TestCase("plain", "plain")]
    public void Cells_are_quoted_and_formulas_defused(string value, string written) =>
        Assert.That(Csv.Cell(value), Is.EqualTo(written));
}
