using System.Text;
using Simore.Core.Importing.TextFiles;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Simore.Core.Importing.Ohchr;

/// <summary>Plain text of Word paragraphs, with tabs and breaks as spaces and no proofing marks.</summary>
internal static class WordText
{
    public static string Of(Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Text t:
                    text.Append(t.Text);
                    break;
                case TabChar or Break or CarriageReturn:
                    text.Append(' ');
                    break;
                case NoBreakHyphen:
                    text.Append('-');
                    break;
            }
        }

        return TextCleanup.CollapseWhitespace(text.ToString());
    }

    /// <summary>Lines of a table cell: one per paragraph, empty ones dropped.</summary>
    public static IReadOnlyList<string> LinesOf(OpenXmlElement cell) =>
        cell.Descendants<Paragraph>().Select(Of).Where(l => l.Length > 0).ToList();
}
