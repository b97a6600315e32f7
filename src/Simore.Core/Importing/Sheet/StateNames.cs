namespace Simore.Core.Importing.Sheet;

/// <summary>
/// Splits a cell of recommending States. Line breaks and semicolons always separate; commas and
/// "and" separate only when every piece is a State, so "Korea, Republic of" stays whole.
/// </summary>
internal static class StateNames
{
    public static IEnumerable<string> Split(string? cell, Func<string, bool> isStateName)
    {
        foreach (var piece in SheetCells.Lines(cell, ';'))
        {
            if (isStateName(piece))
            {
                yield return piece;
                continue;
            }

            var parts = piece.Split([",", " and "], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(p => p.StartsWith("and ", StringComparison.Ordinal) ? p[4..].Trim() : p)
                .ToList();
            if (parts.Count > 1 && parts.All(isStateName))
            {
                foreach (var part in parts)
                {
                    yield return part;
                }
            }
            else
            {
                yield return piece;
            }
        }
    }
}
