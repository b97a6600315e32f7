using System.Text;
using Simore.Core.Portal;
using Simore.Core.Reports.Compose;

namespace Simore.Core.Reports.Sheets;

/// <summary>The implementation matrix as CSV (<see cref="Csv"/>), with a byte order mark so spreadsheets read every script.</summary>
public static class CsvMatrixWriter
{
    public static byte[] Write(MatrixTable matrix)
    {
        var csv = new StringBuilder(256 * 1024);
        csv.Append(Csv.Line(matrix.Headers));
        foreach (var row in matrix.TextRows())
        {
            csv.Append(Csv.Line(row));
        }

        return [.. Csv.Encoding.GetPreamble(), .. Csv.Encoding.GetBytes(csv.ToString())];
    }
}
