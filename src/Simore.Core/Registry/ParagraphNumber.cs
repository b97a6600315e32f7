using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Simore.Core.Registry;

/// <summary>Paragraph numbers of UN documents: "140.7", "12 (b)", "74 (a)", "100.9".</summary>
public static partial class ParagraphNumber
{
    /// <summary>A key that sorts numbers as numbers: 140.9 before 140.10, 12 (a) before 12 (b).</summary>
    public static string SortKey(string paragraph)
    {
        var key = new StringBuilder();
        foreach (Match token in Token().Matches(paragraph))
        {
            if (key.Length > 0)
            {
                key.Append('.');
            }

            var value = token.Value;
            key.Append(char.IsAsciiDigit(value[0])
                ? long.Parse(value, CultureInfo.InvariantCulture).ToString("D6", CultureInfo.InvariantCulture)
                : value.ToLowerInvariant());
        }

        return key.ToString();
    }

    [GeneratedRegex(@"\d+|[A-Za-z]+", RegexOptions.CultureInvariant)]
    private static partial Regex Token();
}
