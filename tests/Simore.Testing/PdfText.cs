using System.Diagnostics;
using System.Text.RegularExpressions;
using NUnit.Framework;

namespace Simore.Testing;

/// <summary>The text of a generated PDF, read back with poppler's pdftotext (which extracts Arabic and Chinese in reading order).</summary>
public static partial class PdfText
{
    /// <param name="layout">Keep the page's columns (pdftotext -layout) rather than the reading order of the text.</param>
    public static async Task<string> ExtractAsync(byte[] pdf, bool layout)
    {
        Assert.That(pdf.Take(5), Is.EqualTo("%PDF-"u8.ToArray()), "a PDF file");
        var path = Path.Combine(Path.GetTempPath(), $"simore-test-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        try
        {
            string[] arguments = layout ? ["-enc", "UTF-8", "-layout", path, "-"] : ["-enc", "UTF-8", path, "-"];
            using var process = Process.Start(new ProcessStartInfo("pdftotext", arguments)
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

    /// <summary>Text with single spaces: lines wrap and columns spread differently in a PDF than in the words typed.</summary>
    public static string Flat(string text) => Spaces().Replace(text, " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
