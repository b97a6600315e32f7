using System.Text;
using Simore.Core.Reports.Compose;

namespace Simore.Core.Reports.Sheets;

/// <summary>The implementation matrix as RFC 4180 CSV, UTF-8 with a byte order mark so spreadsheets read every script.</summary>
public static class CsvMatrixWriter
{
    public static byte[] Write(MatrixTable matrix)
    {
        var csv = new StringBuilder(256 * 1024);
        Line(csv, matrix.Headers);
        foreach (var row in matrix.TextRows())
        {
            Line(csv, row);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static void Line(StringBuilder csv, IEnumerable<string> cells)
    {
        var first = true;
        foreach (var cell in cells)
        {
            if (!first)
            {
                csv.Append(',');
            }

            csv.Append(Cell(cell));
            first = false;
        }

        csv.Append("\r\n");
    }

    /// <summary>Quotes cells with commas, quotes or line breaks; a leading =, +, - or @ is defused (CSV injection).</summary>
    public static string Cell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
