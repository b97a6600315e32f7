using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using Simore.Core.Reports.Compose;

namespace Simore.Core.Reports.Word;

/// <summary>The first page: the UN masthead, the title, the State, the draft note and the word count.</summary>
internal static class WordTitlePage
{
    public static void Write(WordBlocks write, ReportDocument document)
    {
        var page = document.TitlePage;
        var organ = document.Symbol is null ? page.Masthead : page.Masthead.Take(page.Masthead.Count - 1).ToList();
        foreach (var line in organ)
        {
            write.Body.Append(Line(write, line, bold: false, size: "28"));
        }

        if (document.Symbol is not null)
        {
            write.Body.Append(Line(write, document.Symbol, bold: true, size: "28", end: true));
        }

        foreach (var line in page.Distribution)
        {
            write.Body.Append(Line(write, line, bold: false, size: null, end: true));
        }

        write.Body.Append(Line(write, string.Empty, bold: false, size: null));
        for (var i = 0; i < page.Meeting.Count; i++)
        {
            write.Body.Append(Line(write, page.Meeting[i], bold: i == 0, size: null));
        }

        write.Body.Append(Line(write, string.Empty, bold: false, size: null));
        write.Body.Append(write.Styled("Title", write.Run(page.Title)));
        write.Body.Append(Line(write, page.Subtitle, bold: true, size: "34"));
        if (page.Period is not null)
        {
            write.Body.Append(Line(write, page.Period, bold: false, size: null));
        }

        write.Body.Append(Line(write, string.Empty, bold: false, size: null));
        write.Body.Append(write.Styled(WordStyles.Note, write.Run(new Span(page.DraftNote, SpanStyle.Italic))));
        if (document.Words is { } words)
        {
            var culture = CultureInfo.GetCultureInfo(document.Language);
            var text = $"{words.Label}: {words.Words.ToString("N0", culture)} / {words.Limit.ToString("N0", culture)}";
            write.Body.Append(write.Styled(WordStyles.Note, write.Run(new Span(text, words.Over ? SpanStyle.Bold : SpanStyle.Plain))));
        }

        write.PageBreak();
    }

    /// <summary>A title-page line; "end" lines (symbol, distribution) sit on the right in left-to-right languages.</summary>
    private static DocumentFormat.OpenXml.Wordprocessing.Paragraph Line(WordBlocks write, string text, bool bold, string? size, bool end = false)
    {
        var paragraph = write.Styled(WordStyles.TitleLine, write.Run(new Span(text, bold ? SpanStyle.Bold : SpanStyle.Plain)));
        if (end && !write.RightToLeft)
        {
            paragraph.ParagraphProperties!.Append(new Justification { Val = JustificationValues.Right });
        }

        if (size is not null)
        {
            var run = paragraph.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.Run>()!;
            var properties = run.RunProperties ?? run.PrependChild(new RunProperties());
            properties.InsertBefore(new FontSizeComplexScript { Val = size }, properties.GetFirstChild<RightToLeftText>());
            properties.InsertBefore(new FontSize { Val = size }, properties.GetFirstChild<FontSizeComplexScript>());
        }

        return paragraph;
    }
}
