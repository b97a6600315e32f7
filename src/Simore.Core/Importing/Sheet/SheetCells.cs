using System.Globalization;
using System.Text.RegularExpressions;

namespace Simore.Core.Importing.Sheet;

/// <summary>Turns cell values (strings, numbers, dates, JSON string lists) into what records hold.</summary>
public static partial class SheetCells
{
    private static readonly string[] DateFormats =
    [
        "yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ssZ", "yyyy-MM-ddTHH:mm:ss.FFFFFFFK", "yyyy-MM-dd HH:mm:ss",
        "yyyy/MM/dd", "d MMMM yyyy", "d MMM yyyy", "MMMM d, yyyy",
    ];

    /// <summary>The cell as trimmed text; null when empty.</summary>
    public static string? Text(object? value)
    {
        var text = value switch
        {
            null => null,
            string s => s,
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            DateTime t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            IEnumerable<string> list => string.Join('\n', list),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };
        text = text?.Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }

    /// <summary>
    /// The values of a multi-value cell: one per line, without the "- " bullets OHCHR puts in front;
    /// JSON arrays give one value per item. <paramref name="separators"/> adds separators such as ';'.
    /// </summary>
    public static IReadOnlyList<string> Lines(object? value, params char[] separators)
    {
        IEnumerable<string> items = value switch
        {
            null => [],
            IEnumerable<string> list => list,
            _ => [Text(value) ?? string.Empty],
        };
        var splitters = separators.Concat(['\r', '\n']).ToArray();
        return items
            .SelectMany(i => i.Split(splitters))
            .Select(l => l.Trim().TrimStart('-', '\u2013', '\u2022', '*').Trim())
            .Where(l => l.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// A date from a date cell, an Excel serial number (45000), an ISO date, or a bare year
    /// (1 January of it). Empty cells give true and null; anything else unreadable gives false.
    /// </summary>
    public static bool TryDate(object? value, out DateOnly? date)
    {
        date = null;
        switch (value)
        {
            case null:
                return true;
            case DateTime time:
                date = DateOnly.FromDateTime(time);
                return true;
            case double number:
                return TryNumberDate(number, out date);
        }

        var text = Text(value);
        if (text is null)
        {
            return true;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial))
        {
            return TryNumberDate(serial, out date);
        }

        if (DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var parsed))
        {
            date = DateOnly.FromDateTime(parsed);
            return true;
        }

        return false;
    }

    /// <summary>The first whole number in the cell: "48", "48th session", 48.0. Empty gives true and null.</summary>
    public static bool TryNumber(object? value, out int? number)
    {
        number = null;
        if (value is double d)
        {
            number = d is >= 0 and < int.MaxValue && d == Math.Floor(d) ? (int)d : null;
            return number is not null;
        }

        var text = Text(value);
        if (text is null)
        {
            return true;
        }

        var match = FirstNumber().Match(text);
        if (match.Success && int.TryParse(match.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
        {
            number = parsed;
            return true;
        }

        return false;
    }

    private static bool TryNumberDate(double number, out DateOnly? date)
    {
        date = null;

        // A whole number between 1900 and 2100 in a date column is a year, not 1905 in Excel's calendar.
        if (number is >= 1900 and <= 2100 && number == Math.Floor(number))
        {
            date = new DateOnly((int)number, 1, 1);
            return true;
        }

        if (number is >= 1 and < 2958466)
        {
            date = DateOnly.FromDateTime(DateTime.FromOADate(number));
            return true;
        }

        return false;
    }

    [GeneratedRegex(@"\d{1,9}", RegexOptions.CultureInvariant)]
    private static partial Regex FirstNumber();
}
