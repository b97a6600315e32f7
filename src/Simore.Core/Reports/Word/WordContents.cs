using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Simore.Core.Reports.Compose;

namespace Simore.Core.Reports.Word;

/// <summary>
/// A real table of contents field over Heading 1 and 2. Its entries are written in already (without
/// page numbers), so the file shows them before Word updates the field and fills the numbers in.
/// </summary>
internal static class WordContents
{
    public static void Write(WordBlocks write, ContentsBlock contents, ReportDocument document)
    {
        write.Body.Append(write.Styled("TOCHeading", write.Run(contents.Heading)));
        var entries = document.Contents.ToList();
        var first = true;
        for (var i = 0; i < entries.Count; i++)
        {
            var heading = entries[i];
            var paragraph = write.Styled(heading.Level <= 1 ? "TOC1" : "TOC2");
            if (first)
            {
                paragraph.Append(
                    new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
                    new Run(new FieldCode(" TOC \\o \"1-2\" \\h \\z \\u ") { Space = SpaceProcessingModeValues.Preserve }),
                    new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }));
                first = false;
            }

            var hyperlink = new Hyperlink { Anchor = heading.Anchor, History = true };
            if (heading.Label is not null)
            {
                hyperlink.Append(write.Run(heading.Label), new Run(new TabChar()));
            }

            hyperlink.Append(write.Run(heading.Text));
            paragraph.Append(hyperlink);
            if (i == entries.Count - 1)
            {
                paragraph.Append(new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
            }

            write.Body.Append(paragraph);
        }

        write.PageBreak();
    }
}
