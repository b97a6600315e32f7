using System.Text;

namespace Simore.Core.Importing.TextFiles;

/// <summary>Small normalisations that decide whether two cells say the same thing.</summary>
public static class TextCleanup
{
    private static readonly char[] TrailingPunctuation = [' ', '.', ';', ',', ':'];

    /// <summary>Runs of white space (line breaks, tabs, no-break spaces) become one space; ends are trimmed.</summary>
    public static string CollapseWhitespace(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch) || ch == '\u00A0')
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(ch);
        }

        return builder.ToString();
    }

    /// <summary>The key two rows share when they hold the same recommendation: white space and final punctuation do not count.</summary>
    public static string SameTextKey(string text) => CollapseWhitespace(text).TrimEnd(TrailingPunctuation);

    /// <summary>
    /// Drops closing brackets that close nothing at the end of a text, as scrapers leave them
    /// ("review (Austria). );"), so that the recommending States can be found.
    /// </summary>
    public static string DropUnmatchedClosers(string text)
    {
        var result = text.TrimEnd(TrailingPunctuation);
        while (result.EndsWith(')') && result.Count(c => c == ')') > result.Count(c => c == '('))
        {
            result = result[..^1].TrimEnd(TrailingPunctuation);
        }

        return result;
    }
}
