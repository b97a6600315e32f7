namespace Simore.Core.Importing.Sheet;

/// <summary>Where each mapped field sits in a sheet.</summary>
internal sealed class SheetColumns(SheetTable table, IReadOnlyDictionary<SheetField, int> indexes)
{
    public bool Has(SheetField field) => indexes.ContainsKey(field);

    public object? Raw(SheetRow row, SheetField field) => indexes.TryGetValue(field, out var index) ? row[index] : null;

    public string? Text(SheetRow row, SheetField field) => SheetCells.Text(Raw(row, field));

    /// <summary>The header as the file writes it, for problems; null when the field is not mapped.</summary>
    public string? Header(SheetField field) => indexes.TryGetValue(field, out var index) ? table.Headers[index] : null;

    /// <summary>Finds each mapped header in the table; headers that are not there become problems.</summary>
    public static (SheetColumns Columns, List<ImportProblem> Problems) Resolve(SheetTable table, IReadOnlyDictionary<SheetField, string> map)
    {
        var indexes = new Dictionary<SheetField, int>();
        var problems = new List<ImportProblem>();
        foreach (var (field, header) in map)
        {
            if (string.IsNullOrWhiteSpace(header))
            {
                continue;
            }

            var index = table.IndexOf(header);
            if (index < 0)
            {
                problems.Add(new ImportProblem(0, header, "The column \"{0}\" is not in the file.", header));
            }
            else
            {
                indexes[field] = index;
            }
        }

        return (new SheetColumns(table, indexes), problems);
    }
}
