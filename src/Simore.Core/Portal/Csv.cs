using System.Text;

namespace Simore.Core.Portal;

/// <summary>CSV as RFC 4180 writes it, made safe to open in a spreadsheet: the open-data exports and the implementation matrix.</summary>
public static class Csv
{
    /// <summary>UTF-8 with a byte order mark, which spreadsheets need to read anything but ASCII right.</summary>
    public static readonly Encoding Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    /// <summary>One record, ended by CRLF.</summary>
    public static string Line(IEnumerable<string> cells) => string.Join(',', cells.Select(Cell)) + "\r\n";

    /// <summary>
    /// A cell that a spreadsheet would take for a formula gets a leading apostrophe (OWASP, CSV
    /// injection); a cell with a comma, quote or line break is quoted, its quotes doubled.
    /// </summary>
    public static string Cell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
