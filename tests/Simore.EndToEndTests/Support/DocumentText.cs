using Simore.Testing;

namespace Simore.EndToEndTests;

/// <summary>Reads downloaded drafts back: PDF text with poppler's pdftotext, which extracts Arabic in reading order.</summary>
public static class DocumentText
{
    public static async Task<string> PdfAsync(byte[] pdf) => PdfText.Flat(await PdfText.ExtractAsync(pdf, layout: false));

    /// <summary>
    /// Only the letters and digits, in reading order. pdftotext gives Arabic back in the right order
    /// but with direction marks around numbers, punctuation moved to the other side of them, and a
    /// space where a vowel sign sits on a joined letter: what must match is the words, not the marks.
    /// </summary>
    public static string Letters(string text) =>
        new(text.Normalize(System.Text.NormalizationForm.FormKC).Where(c => char.IsLetter(c) || char.IsDigit(c)).ToArray());
}
