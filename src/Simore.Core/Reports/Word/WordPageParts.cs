using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Simore.Core.Reports.Compose;

namespace Simore.Core.Reports.Word;

/// <summary>Page size, margins, the running header (the document symbol) and the page number in the footer.</summary>
internal static class WordPageParts
{
    public const int PortraitTextWidth = WordReportWriter.PortraitWidth - (2 * WordReportWriter.Margin);
    public const int LandscapeTextWidth = WordReportWriter.PortraitHeight - (2 * WordReportWriter.Margin);

    public static Header Header(ReportDocument document)
    {
        var properties = new ParagraphProperties(new ParagraphStyleId { Val = "Normal" });
        if (document.RightToLeft)
        {
            properties.Append(new BiDi());
        }
        else
        {
            properties.Append(new Justification { Val = JustificationValues.Right });
        }

        return new Header(new Paragraph(properties, new Run(new RunProperties(new FontSize { Val = "17" }), WordBlocks.Text(document.Symbol ?? document.Title))));
    }

    public static Footer Footer(bool rightToLeft)
    {
        var properties = new ParagraphProperties(new ParagraphStyleId { Val = "Normal" });
        if (rightToLeft)
        {
            properties.Append(new BiDi());
        }

        properties.Append(new Justification { Val = JustificationValues.Center });
        return new Footer(new Paragraph(
            properties,
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(new FieldCode(" PAGE ") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            new Run(WordBlocks.Text("1")),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End })));
    }

    public static SectionProperties Section(MainDocumentPart main, HeaderPart header, FooterPart footer, bool rightToLeft, bool landscape)
    {
        var section = new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) },
            new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
            new SectionType { Val = SectionMarkValues.NextPage },
            landscape
                ? new PageSize { Width = WordReportWriter.PortraitHeight, Height = WordReportWriter.PortraitWidth, Orient = PageOrientationValues.Landscape }
                : new PageSize { Width = WordReportWriter.PortraitWidth, Height = WordReportWriter.PortraitHeight },
            new PageMargin
            {
                Top = WordReportWriter.Margin,
                Bottom = WordReportWriter.Margin,
                Left = WordReportWriter.Margin,
                Right = WordReportWriter.Margin,
                Header = 567,
                Footer = 567,
                Gutter = 0,
            });
        if (rightToLeft)
        {
            section.Append(new BiDi());
        }

        return section;
    }
}
