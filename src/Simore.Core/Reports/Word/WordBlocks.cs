using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Simore.Core.Reports.Compose;

namespace Simore.Core.Reports.Word;

/// <summary>Paragraphs and runs in the report's direction.</summary>
internal sealed class WordBlocks(Body body, bool rightToLeft)
{
    private int _bookmarks;

    public Body Body { get; } = body;

    public bool RightToLeft { get; } = rightToLeft;

    public void Heading(HeadingBlock heading)
    {
        var paragraph = Styled(heading.Level <= 1 ? "Heading1" : "Heading2");
        var id = (++_bookmarks).ToString(System.Globalization.CultureInfo.InvariantCulture);
        paragraph.Append(new BookmarkStart { Id = id, Name = heading.Anchor });
        if (heading.Label is not null)
        {
            paragraph.Append(Run(heading.Label), new Run(new TabChar()));
        }

        paragraph.Append(Run(heading.Text), new BookmarkEnd { Id = id });
        Body.Append(paragraph);
        if (heading.Covering is not null)
        {
            Body.Append(Styled(WordStyles.Covering, Run(heading.Covering)));
        }
    }

    public void Paragraph(ParagraphBlock block)
    {
        var style = block.Kind switch
        {
            ParagraphKind.Numbered => WordStyles.NumberedParagraph,
            ParagraphKind.Lead => WordStyles.Lead,
            ParagraphKind.Indented => WordStyles.Indented,
            ParagraphKind.Note => WordStyles.Note,
            _ => "Normal",
        };
        Body.Append(Styled(style, [.. block.Runs.Select(Run)]));
    }

    public Paragraph Styled(string style, params OpenXmlElement[] content)
    {
        var properties = new ParagraphProperties(new ParagraphStyleId { Val = style });
        if (RightToLeft)
        {
            properties.Append(new BiDi());
        }

        var paragraph = new Paragraph(properties);
        paragraph.Append(content);
        return paragraph;
    }

    public Run Run(string text) => Run(new Span(text));

    public Run Run(Span run)
    {
        var properties = new RunProperties();
        if (run.Style == SpanStyle.Bold)
        {
            properties.Append(new Bold(), new BoldComplexScript());
        }

        if (run.Style == SpanStyle.Italic)
        {
            properties.Append(new Italic(), new ItalicComplexScript());
        }

        if (run.Tone is { } tone)
        {
            properties.Append(new Color { Val = "FFFFFF" });
            properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = Tones.Colour(tone) });
        }

        if (RightToLeft)
        {
            properties.Append(new RightToLeftText());
        }

        var result = new Run();
        if (properties.HasChildren)
        {
            result.Append(properties);
        }

        result.Append(Text(run.Text));
        return result;
    }

    public static Text Text(string text) => new(text) { Space = SpaceProcessingModeValues.Preserve };

    public void PageBreak() => Body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
}
