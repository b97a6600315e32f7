using System.Diagnostics.CodeAnalysis;
using System.Xml;
using MiniExcelLibs;
using Simore.Core.Importing.TextFiles;

namespace Simore.Core.Importing.Sheet;

/// <summary>Reads the first worksheet of an .xlsx, or CSV/TSV text, into a <see cref="SheetTable"/>.</summary>
public static class SheetLoader
{
    /// <param name="delimiter">For text: the delimiter, or null to detect it from the header line.</param>
    public static bool TryLoad(
        byte[] content, [NotNullWhen(true)] out SheetTable? table, [NotNullWhen(false)] out ImportProblem? problem, char? delimiter = null)
    {
        (table, problem) = IsZip(content) ? LoadWorkbook(content) : LoadText(content, delimiter);
        return table is not null;
    }

    public static bool IsZip(byte[] content) =>
        content.Length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] is 3 or 5 && content[3] is 4 or 6;

    private static (SheetTable?, ImportProblem?) LoadWorkbook(byte[] content)
    {
        List<SheetRow> rows;
        try
        {
            rows = ReadWorkbookRows(content);
        }
        catch (Exception e) when (IsDamagedWorkbook(e))
        {
            return (null, new ImportProblem(0, null, "The file is not a spreadsheet (.xlsx) or it is damaged."));
        }

        return Split(rows, null);
    }

    private static List<SheetRow> ReadWorkbookRows(byte[] content)
    {
        var rows = new List<SheetRow>();
        var number = 0;
        using var stream = new MemoryStream(content, writable: false);
        foreach (IDictionary<string, object?> row in MiniExcel.Query(stream, useHeaderRow: false, excelType: ExcelType.XLSX))
        {
            number++;
            var cells = row.Values.Select(v => v is string s && s.Length == 0 ? null : v).ToArray();
            if (cells.Any(c => c is not null))
            {
                rows.Add(new SheetRow(number, cells));
            }
        }

        return rows;
    }

    /// <summary>
    /// MiniExcel reports a damaged or foreign package with whatever exception its XML and zip code
    /// hits first; all of these mean "not a readable workbook", none is a bug of ours.
    /// </summary>
    private static bool IsDamagedWorkbook(Exception e) =>
        e is InvalidDataException or InvalidOperationException or IOException or XmlException or FormatException
            or ArgumentException or NotSupportedException or KeyNotFoundException or IndexOutOfRangeException
            or NullReferenceException or InvalidCastException or OverflowException;

    private static (SheetTable?, ImportProblem?) LoadText(byte[] content, char? delimiter)
    {
        var decoded = TextDecoder.Decode(content);
        var csv = CsvReader.Read(decoded.Text, delimiter);
        if (csv.UnclosedQuoteLine is int line)
        {
            return (null, new ImportProblem(0, null, "A quotation mark opened on line {0} is never closed.", line.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        var rows = csv.Rows.Select(r => new SheetRow(r.RowNumber, r.Fields.Select(f => (object?)(f.Length == 0 ? null : f)).ToArray())).ToList();
        return Split(rows, decoded.EncodingName);
    }

    private static (SheetTable?, ImportProblem?) Split(List<SheetRow> rows, string? encodingName)
    {
        if (rows.Count == 0)
        {
            return (null, new ImportProblem(0, null, "The file has no header row."));
        }

        var headers = rows[0].Cells.Select(c => SheetCells.Text(c) ?? string.Empty).ToList();
        return (new SheetTable(headers, rows.Skip(1).ToList(), encodingName), null);
    }
}
