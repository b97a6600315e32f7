using Simore.Core.Importing.Sheet;

namespace Simore.Core.Importing.Uhri;

/// <summary>The Universal Human Rights Index export as a workbook: first worksheet, header row first.</summary>
public sealed class UhriXlsxReader : IRecommendationReader
{
    public string Format => "uhri-xlsx";

    public ParsedFile Read(Stream content, ReadOptions options)
    {
        var bytes = StreamBytes.ReadAll(content);
        if (bytes is null || !SheetLoader.IsZip(bytes))
        {
            return Failed("The file is not a spreadsheet (.xlsx) or it is damaged.");
        }

        if (!SheetLoader.TryLoad(bytes, out var table, out var problem))
        {
            return new ParsedFile(Format, [], [problem]);
        }

        var missing = UhriColumns.Required.Where(c => table.IndexOf(c) < 0).ToList();
        if (missing.Count > 0)
        {
            return Failed("The file is not a UHRI export: the columns {0} are missing.", string.Join(", ", missing));
        }

        var columns = UhriColumns.All.ToDictionary(c => c, table.IndexOf, StringComparer.Ordinal);
        var records = new UhriRecords();
        foreach (var row in table.Rows)
        {
            records.Add(row.RowNumber, column => row[columns[column]]);
        }

        return records.Result(Format);
    }

    private ParsedFile Failed(string message, params string[] arguments) =>
        new(Format, [], [new ImportProblem(0, null, message, arguments)]);
}
