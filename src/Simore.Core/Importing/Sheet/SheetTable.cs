namespace Simore.Core.Importing.Sheet;

/// <summary>A header row and the rows under it, whatever file they came from.</summary>
/// <param name="EncodingName">For text files, the encoding they were read with.</param>
public sealed record SheetTable(IReadOnlyList<string> Headers, IReadOnlyList<SheetRow> Rows, string? EncodingName)
{
    /// <summary>The position of a header, compared without case and surrounding spaces; -1 when absent.</summary>
    public int IndexOf(string header)
    {
        for (var i = 0; i < Headers.Count; i++)
        {
            if (string.Equals(Headers[i].Trim(), header.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}

/// <param name="RowNumber">The row a spreadsheet shows (the header is row 1).</param>
/// <param name="Cells">Strings from text files; strings, doubles, DateTimes or booleans from .xlsx.</param>
public sealed record SheetRow(int RowNumber, IReadOnlyList<object?> Cells)
{
    public object? this[int index] => index >= 0 && index < Cells.Count ? Cells[index] : null;
}
