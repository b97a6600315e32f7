using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Simore.Core.Reports;
using Simore.Core.Reports.Compose;
using Simore.Core.Reports.Word;

namespace Simore.UnitTests.Reports;

public sealed class WordRendererTests
{
    [TestCase(ReportKind.National, "en")]
    [TestCase(ReportKind.National, "ar")]
    [TestCase(ReportKind.MidTerm, "zh")]
    [TestCase(ReportKind.Institution, "ru")]
    public void Every_part_of_the_file_is_valid_Open_XML(ReportKind kind, string language)
    {
        using var document = Open(kind, language);

        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();

        Assert.That(errors, Is.Empty);
    }

    [Test]
    public void Headings_use_the_real_heading_styles_and_a_table_of_contents_field_lists_them()
    {
        using var document = Open(ReportKind.National, "en");
        var body = document.MainDocumentPart!.Document!.Body!;
        var styles = body.Descendants<ParagraphStyleId>().Select(s => s.Val!.Value).ToList();

        Assert.That(styles, Does.Contain("Heading1"));
        Assert.That(styles, Does.Contain("Heading2"));
        Assert.That(document.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<Style>().Select(s => s.StyleId!.Value), Is.SupersetOf(new[] { "Heading1", "Heading2", "TOC1", "TOC2" }));
        Assert.That(body.Descendants<FieldCode>().Select(f => f.Text), Has.Some.Contains("TOC \\o"));
        Assert.That(document.MainDocumentPart.DocumentSettingsPart!.Settings!.GetFirstChild<UpdateFieldsOnOpen>()?.Val?.Value, Is.True);
    }

    [Test]
    public void Numbered_paragraphs_carry_the_paragraph_numbering_and_the_annex_is_a_landscape_section()
    {
        using var document = Open(ReportKind.National, "en");
        var main = document.MainDocumentPart!;

        Assert.That(main.NumberingDefinitionsPart!.Numbering!.Descendants<LevelText>().Single().Val!.Value, Is.EqualTo("%1."));
        Assert.That(main.Document!.Body!.Descendants<ParagraphStyleId>().Count(s => s.Val == WordStylesNumbered), Is.GreaterThan(5));
        var sections = main.Document.Body.Descendants<SectionProperties>().ToList();
        Assert.That(sections, Has.Count.EqualTo(2));
        Assert.That(sections[^1].GetFirstChild<PageSize>()!.Orient?.Value, Is.EqualTo(PageOrientationValues.Landscape));
    }

    [Test]
    public void Arabic_paragraphs_run_right_to_left_and_are_not_right_aligned()
    {
        using var document = Open(ReportKind.National, "ar");
        var paragraphs = document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId is not null).ToList();

        Assert.That(paragraphs, Is.Not.Empty);
        Assert.That(paragraphs.All(p => p.ParagraphProperties!.BiDi is not null), Is.True);
        Assert.That(paragraphs.Where(p => p.ParagraphProperties!.Justification?.Val?.Value == JustificationValues.Right), Is.Empty);
        Assert.That(document.MainDocumentPart.Document.Body.Descendants<BiDiVisual>(), Is.Not.Empty, "tables read right to left");
    }

    [Test]
    public void Tables_repeat_their_header_row_on_every_page()
    {
        using var document = Open(ReportKind.National, "en");

        foreach (var table in document.MainDocumentPart!.Document!.Body!.Descendants<Table>().Where(t => t.Elements<TableRow>().Count() > 1 && t.Descendants<TableHeader>().Any()))
        {
            Assert.That(table.Elements<TableRow>().First().TableRowProperties!.GetFirstChild<TableHeader>(), Is.Not.Null);
        }

        Assert.That(document.MainDocumentPart.Document.Body.Descendants<TableHeader>(), Is.Not.Empty);
    }

    private const string WordStylesNumbered = "SimoreNumbered";

    private static WordprocessingDocument Open(ReportKind kind, string language)
    {
        var model = ReportFixture.Model(kind, language);
        var bytes = WordReportWriter.Write(ReportComposer.Compose(model, new ReportText(language)));
        return WordprocessingDocument.Open(new MemoryStream(bytes), false);
    }
}
