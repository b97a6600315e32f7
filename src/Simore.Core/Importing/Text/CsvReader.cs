using System.Text;

namespace Simore.Core.Importing.TextFiles;

/// <param name="RowNumber">1-based record number as a spreadsheet shows it (the header is row 1; blank lines count).</param>
/// <param name="LineNumber">1-based physical line where the record starts (differs when quoted fields hold line breaks).</param>
public sealed record CsvRow(int RowNumber, int LineNumber, IReadOnlyList<string> Fields);

/// <param name="UnclosedQuoteLine">The line of a quote that is never closed, which swallowed the rest of the file.</param>
public sealed record CsvDocument(IReadOnlyList<CsvRow> Rows, char Delimiter, int? UnclosedQuoteLine);

/// <summary>
/// RFC 4180 with the tolerance real exports need: CR, LF and CRLF line endings (mixed in one file),
/// quoted fields with doubled quotes and line breaks, and a delimiter guessed from the header line.
/// Blank lines are skipped but still counted, so row numbers match what a spreadsheet shows.
/// </summary>
public static class CsvReader
{
    private static readonly char[] Candidates = [',', ';', '\t'];

    public static CsvDocument Read(string text, char? delimiter = null)
    {
        var separator = delimiter ?? DetectDelimiter(text);
        var rows = new List<CsvRow>();
        var fields = new List<string>();
        var field = new StringBuilder();
        int row = 1, line = 1, rowLine = 1, quoteLine = 0;
        var quoted = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i++];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i < text.Length && text[i] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else if (c is '\r' or '\n')
                {
                    i = SkipLineFeed(text, c, i);
                    field.Append('\n');
                    line++;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
                quoteLine = line;
            }
            else if (c == separator)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\r' or '\n')
            {
                i = SkipLineFeed(text, c, i);
                EndRecord(rows, fields, field, row++, rowLine);
                rowLine = ++line;
            }
            else
            {
                field.Append(c);
            }
        }

        if (fields.Count > 0 || field.Length > 0 || quoted)
        {
            EndRecord(rows, fields, field, row, rowLine);
        }

        return new CsvDocument(rows, separator, quoted ? quoteLine : null);
    }

    /// <summary>The most frequent of comma, semicolon and tab in the first line outside quotes; comma when none.</summary>
    public static char DetectDelimiter(string text)
    {
        var counts = new int[Candidates.Length];
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c is '\r' or '\n')
            {
                break;
            }
            else if (!quoted && Array.IndexOf(Candidates, c) is var index and >= 0)
            {
                counts[index]++;
            }
        }

        var best = 0;
        for (var k = 1; k < counts.Length; k++)
        {
            best = counts[k] > counts[best] ? k : best;
        }

        return Candidates[best];
    }

    private static int SkipLineFeed(string text, char c, int i) =>
        c == '\r' && i < text.Length && text[i] == '\n' ? i + 1 : i;

    private static void EndRecord(List<CsvRow> rows, List<string> fields, StringBuilder field, int row, int line)
    {
        fields.Add(field.ToString());
        field.Clear();
        if (fields.Count > 1 || fields[0].Length > 0)
        {
            rows.Add(new CsvRow(row, line, fields.ToArray()));
        }

        fields.Clear();
    }
}
