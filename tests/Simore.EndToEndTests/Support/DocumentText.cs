using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Simore.EndToEndTests;

/// <summary>Reads downloaded drafts back: PDF text with poppler's pdftotext, which extracts Arabic in reading order.</summary>
public static partial class DocumentText
{
    public static async Task<string> PdfAsync(byte[] pdf)
    {
        Assert.That(pdf.Take(5), Is.EqualTo("%PDF-"u8.ToArray()), "a PDF file");
        var path = Path.Combine(Path.GetTempPath(), $"simore-e2e-report-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-enc", "UTF-8", path, "-"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            }) ?? throw new InvalidOperationException("pdftotext did not start (apt-get install poppler-utils).");
            var text = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.That(process.ExitCode, Is.Zero, await process.StandardError.ReadToEndAsync());
            return Flat(text);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>
    /// Only the letters and digits, in reading order. pdftotext gives Arabic back in the right order
    /// but with direction marks around numbers, punctuation moved to the other side of them, and a
    /// space where a vowel sign sits on a joined letter: what must match is the words, not the marks.
    /// </summary>
    public static string Letters(string text) =>
        new(text.Normalize(System.Text.NormalizationForm.FormKC).Where(c => char.IsLetter(c) || char.IsDigit(c)).ToArray());

    /// <summary>Text with single spaces, as lines wrap differently in a PDF than in the words typed.</summary>
    public static string Flat(string text) => Spaces().Replace(text, " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
