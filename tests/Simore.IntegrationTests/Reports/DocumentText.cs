using System.Diagnostics;
using DocumentFormat.OpenXml.Packaging;

namespace Simore.IntegrationTests.Reports;

/// <summary>Reads generated files back: PDF text with poppler's pdftotext (which extracts Arabic and Chinese correctly), Word text from its body.</summary>
public static class DocumentText
{
    public static async Task<string> PdfAsync(byte[] pdf)
    {
        Assert.That(pdf.Take(5), Is.EqualTo("%PDF-"u8.ToArray()), "a PDF file");
        var path = Path.Combine(Path.GetTempPath(), $"simore-report-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-enc", "UTF-8", "-layout", path, "-"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            }) ?? throw new InvalidOperationException("pdftotext did not start (apt-get install poppler-utils).");
            var text = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.That(process.ExitCode, Is.Zero, await process.StandardError.ReadToEndAsync());
            return text;
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The text of the document's paragraphs, one per line.</summary>
    public static string Word(WordprocessingDocument document) =>
        string.Join("\n", document.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));

    /// <summary>pdftotext -layout spreads words over columns and wraps lines: compare text with single spaces.</summary>
    public static string Flat(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");
}
