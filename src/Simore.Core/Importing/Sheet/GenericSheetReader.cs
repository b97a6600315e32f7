namespace Simore.Core.Importing.Sheet;

/// <summary>
/// Any workbook (.xlsx, first worksheet) or CSV/TSV with a header row, read through the column map
/// the administrator confirmed (<see cref="ReadOptions.ColumnMap"/>; guessed from the headers when
/// none is given) and the document values entered for the whole file (<see cref="ReadOptions.Defaults"/>).
/// </summary>
/// <param name="isStateName">Whether a name is a State's; production passes the country directory.</param>
public sealed class GenericSheetReader(Func<string, bool> isStateName) : IRecommendationReader
{
    public string Format => "sheet";

    /// <summary>A proposed map from the headers' names; fields with no likely column are left out.</summary>
    public static IReadOnlyDictionary<SheetField, string> GuessColumns(IReadOnlyList<string> headers) => SheetColumnGuess.Guess(headers);

    /// <summary>The header row, for the mapping page; empty when the file cannot be read.</summary>
    public static IReadOnlyList<string> ReadHeaders(Stream content, string fileName)
    {
        var bytes = StreamBytes.ReadAll(content);
        if (bytes is null)
        {
            return [];
        }

        var tab = fileName.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase) ? '\t' : (char?)null;
        return SheetLoader.TryLoad(bytes, out var table, out _, tab) ? table.Headers : [];
    }

    public ParsedFile Read(Stream content, ReadOptions options)
    {
        var bytes = StreamBytes.ReadAll(content);
        if (bytes is null)
        {
            return Failed(new ImportProblem(0, null, "The file could not be read."));
        }

        if (!SheetLoader.TryLoad(bytes, out var table, out var problem))
        {
            return Failed(problem);
        }

        var map = options.ColumnMap ?? GuessColumns(table.Headers);
        var (columns, problems) = SheetColumns.Resolve(table, map);
        if (!IsMapped(map, SheetField.Text))
        {
            problems.Add(new ImportProblem(0, null, "Map a column to the recommendation text."));
        }

        if (!IsMapped(map, SheetField.DocumentSymbol) && string.IsNullOrWhiteSpace(options.Defaults?.Symbol))
        {
            problems.Add(new ImportProblem(0, null, "Give the document symbol: map a column to it or enter one for the whole file."));
        }

        if (problems.Count > 0)
        {
            return new ParsedFile(Format, [], problems);
        }

        var documents = new SheetDocuments(columns, options.Defaults);
        return new SheetRowReader(columns, documents, options.ExtractFromText, isStateName).Read(table.Rows, Format);
    }

    private static bool IsMapped(IReadOnlyDictionary<SheetField, string> map, SheetField field) =>
        map.TryGetValue(field, out var header) && !string.IsNullOrWhiteSpace(header);

    private ParsedFile Failed(ImportProblem problem) => new(Format, [], [problem]);
}
