using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;
using Simore.Core.Reports.Compose;

namespace Simore.Core.Reports.Sheets;

/// <summary>The implementation matrix as a spreadsheet: headers in the report's language, filters, a frozen header row.</summary>
public static class ExcelMatrixWriter
{
    /// <summary>Column widths in characters, in the order of <see cref="MatrixTable.Headers"/>.</summary>
    private static readonly int[] Widths = [8, 18, 60, 22, 12, 24, 28, 24, 26, 26, 60, 36, 12, 18, 12];

    public static byte[] Write(MatrixTable matrix, string sheetName, bool rightToLeft)
    {
        var keys = matrix.Headers.Select((_, i) => "c" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var rows = matrix.Rows.Select(row =>
        {
            var values = new Dictionary<string, object?>(keys.Count);
            for (var i = 0; i < keys.Count; i++)
            {
                values[keys[i]] = row[i] is DateOnly date ? date.ToDateTime(TimeOnly.MinValue) : row[i];
            }

            return values;
        }).ToList();
        var configuration = new OpenXmlConfiguration
        {
            AutoFilter = true,
            FreezeRowCount = 1,
            FreezeColumnCount = 0,
            RightToLeft = rightToLeft,
            DynamicColumns = keys.Select((key, i) => new DynamicExcelColumn(key)
            {
                Name = matrix.Headers[i],
                Index = i,
                Width = i < Widths.Length ? Widths[i] : 20,
                Format = IsDate(matrix, i) ? "yyyy-mm-dd" : null,
            }).ToArray(),
        };
        configuration.StyleOptions.WrapCellContents = true;
        using var stream = new MemoryStream();
        stream.SaveAs(rows, sheetName: SheetName(sheetName), configuration: configuration);
        return stream.ToArray();
    }

    private static bool IsDate(MatrixTable matrix, int column) => matrix.Rows.Any(r => r[column] is DateOnly);

    /// <summary>Excel refuses sheet names over 31 characters or with []:*?/\.</summary>
    private static string SheetName(string name)
    {
        var clean = new string(name.Where(c => "[]:*?/\\".IndexOf(c, StringComparison.Ordinal) < 0).ToArray()).Trim();
        return clean.Length == 0 ? "Matrix" : clean.Length <= 31 ? clean : clean[..31];
    }
}
