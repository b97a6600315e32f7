using System.Text;
using System.Text.Unicode;

namespace Simore.Core.Importing.TextFiles;

/// <summary>
/// Reads the bytes of a text file whose encoding nobody wrote down. Files reach us from Excel on
/// Windows (Windows-1252), from old Macs (Mac Roman, as the UPR Info export) and from everything
/// else (UTF-8); a byte order mark settles it, valid UTF-8 is UTF-8, and otherwise the two
/// single-byte encodings are decoded both ways and the more plausible text wins.
/// </summary>
public static class TextDecoder
{
    private const int MacRomanCodePage = 10000;
    private const int Windows1252CodePage = 1252;

    private static readonly Lazy<(Encoding Windows, Encoding Mac)> SingleByte = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return (Encoding.GetEncoding(Windows1252CodePage), Encoding.GetEncoding(MacRomanCodePage));
    });

    internal static Encoding Windows1252 => SingleByte.Value.Windows;

    internal static Encoding MacRoman => SingleByte.Value.Mac;

    public static DecodedText Decode(byte[] bytes)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith("\uFEFF"u8))
        {
            return new DecodedText(Encoding.UTF8.GetString(span[3..]), Encoding.UTF8.WebName);
        }

        if (span.Length >= 2 && span[0] == 0xFF && span[1] == 0xFE)
        {
            return new DecodedText(Encoding.Unicode.GetString(span[2..]), Encoding.Unicode.WebName);
        }

        if (span.Length >= 2 && span[0] == 0xFE && span[1] == 0xFF)
        {
            return new DecodedText(Encoding.BigEndianUnicode.GetString(span[2..]), Encoding.BigEndianUnicode.WebName);
        }

        if (Utf8.IsValid(span))
        {
            return new DecodedText(Encoding.UTF8.GetString(span), Encoding.UTF8.WebName);
        }

        var windows = Windows1252.GetString(span);
        var (mac, repaired) = TextPlausibility.RepairWords(MacRoman.GetString(span));

        // Ties go to Windows-1252: it is by far the more common of the two.
        return TextPlausibility.Score(mac) > TextPlausibility.Score(windows)
            ? new DecodedText(mac, MacRoman.WebName, repaired)
            : new DecodedText(windows, Windows1252.WebName);
    }
}
