using DocumentFormat.OpenXml.Packaging;
using Simore.Testing;

namespace Simore.IntegrationTests.Reports;

/// <summary>Reads generated files back: PDF text with poppler's pdftotext (which extracts Arabic and Chinese correctly), Word text from its body.</summary>
public static class DocumentText
{
    public static Task<string> PdfAsync(byte[] pdf) => PdfText.ExtractAsync(pdf, layout: true);

    /// <summary>The text of the document's paragraphs, one per line.</summary>
    public static string Word(WordprocessingDocument document) =>
        string.Join("\n", document.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
}
