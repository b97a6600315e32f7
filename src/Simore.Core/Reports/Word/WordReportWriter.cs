using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Simore.Core.Reports.Compose;

namespace Simore.Core.Reports.Word;

/// <summary>
/// Writes a report document as a .docx the drafter edits in Word or LibreOffice: heading styles,
/// numbered paragraphs, tables with repeating headers, a table of contents field (Word fills in
/// the page numbers when it opens the file), page numbers in the footer, right to left in Arabic.
/// </summary>
public static class WordReportWriter
{
    /// <summary>A4 with 2 cm margins, in twentieths of a point.</summary>
    internal const int PortraitWidth = 11906;
    internal const int PortraitHeight = 16838;
    internal const int Margin = 1134;

    public static byte[] Write(ReportDocument document)
    {
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            package.PackageProperties.Title = document.Title;
            package.PackageProperties.Language = WordStyles.Culture(document.Language);
            var main = package.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = WordStyles.Create(document.Language, document.RightToLeft);
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = WordNumbering.Create();
            main.AddNewPart<DocumentSettingsPart>().Settings = new Settings(
                new DefaultTabStop { Val = 567 },
                new UpdateFieldsOnOpen { Val = true },
                new ThemeFontLanguages { Val = WordStyles.Culture(document.Language), EastAsia = "zh-CN", Bidi = "ar-SA" });
            var header = main.AddNewPart<HeaderPart>();
            header.Header = WordPageParts.Header(document);
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = WordPageParts.Footer(document.RightToLeft);

            var body = new Body();
            var write = new WordBlocks(body, document.RightToLeft);
            WordTitlePage.Write(write, document);
            var annex = false;
            foreach (var block in document.Blocks)
            {
                switch (block)
                {
                    case ContentsBlock contents:
                        WordContents.Write(write, contents, document);
                        break;
                    case HeadingBlock heading:
                        write.Heading(heading);
                        break;
                    case ParagraphBlock paragraph:
                        write.Paragraph(paragraph);
                        break;
                    case TableBlock table:
                        WordTables.Write(write, table, annex ? WordPageParts.LandscapeTextWidth : WordPageParts.PortraitTextWidth);
                        break;
                    case StatusChartBlock chart:
                        WordTables.Chart(write, chart, WordPageParts.PortraitTextWidth);
                        break;
                    case AnnexBlock when !annex:
                        annex = true;
                        body.Append(new Paragraph(new ParagraphProperties(WordPageParts.Section(main, header, footer, document.RightToLeft, landscape: false))));
                        break;
                }
            }

            body.Append(WordPageParts.Section(main, header, footer, document.RightToLeft, landscape: annex));
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }
}
