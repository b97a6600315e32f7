using System.Text;

namespace Simore.Core.Importing.TextFiles;

/// <summary>
/// Judges how much a decoded text looks like names and sentences of UN documents. Letters with
/// diacritics inside words and typographic apostrophes count for it; characters a wrong code page
/// produces inside words ("Dom\u017Dstica", "Kaiow\u2021", "children\u00D5s") count against it.
/// </summary>
internal static class TextPlausibility
{
    // Symbols that never stand next to a letter in prose.
    private const string Stray = "\u2122\u2021\u2020\u2022\u2202\u2206\u25CA\u221A\u2211\u220F\u222B\u2248\u2260\u2264\u2265\u221E\u2030\u00A4\u00A6\u00A8\u00AF\u00B4\u00B8\u02C6\u02DC\u02D8\u02D9\u02DA\u02DD\u02DB\u02C7\u00AC\u00B6\u2039\u203A\u201E\u201A\u00B7\u00A5\u0192\uFB01\uFB02\u03A9\u03C0\u00B5\u0131";

    // Characters that are fine beside one letter ("N\u00BA 5", "\u00ABtexte") but not between two.
    private const string Interior = "\u00AA\u00BA\u00AB\u00BB\u00A1\u00BF\u00B0\u00B1";

    // Accented letters that often start or end a word ("\u00E9tat", "Guaran\u00ED", "S\u00E3o");
    // others at a word's edge ("persons\u00EE") are more likely a misread quote.
    private const string EdgeLetters = "\u00E0\u00E1\u00E2\u00E3\u00E4\u00E8\u00E9\u00EA\u00ED\u00F3\u00F4\u00F5\u00F6\u00FA\u00FC";

    private static readonly Lazy<Encoding> StrictWindows1252 = new(() =>
        Encoding.GetEncoding(TextDecoder.Windows1252.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ReplacementFallback));

    public static int Score(string text)
    {
        var score = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] >= '\u0080')
            {
                score += Weigh(text[i], i > 0 ? text[i - 1] : ' ', i + 1 < text.Length ? text[i + 1] : ' ');
            }
        }

        return score;
    }

    /// <summary>
    /// Undoes, word by word, the damage of text that was decoded as Windows-1252 and saved as
    /// Mac Roman once or twice more (the scraped files hold "C\u2122te d\u00D5Ivoire" and
    /// "C\u00AAte d\u00CDIvoire" for "C\u00F4te d\u2019Ivoire"). Only words
    /// with foreign characters are tried, and a repair is kept only when it reads strictly better:
    /// where both readings are plausible ("vis-\u00F6-vis" against "vis-\u00E0-vis") the word stays.
    /// </summary>
    public static (string Text, int Repaired) RepairWords(string text)
    {
        StringBuilder? result = null;
        var repaired = 0;
        var copied = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var foreign = false;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                foreign |= text[i] >= '\u0080';
                i++;
            }

            if (foreign && Repair(text[start..i]) is string better)
            {
                result ??= new StringBuilder(text.Length);
                result.Append(text, copied, start - copied).Append(better);
                copied = i;
                repaired++;
            }
        }

        return result is null ? (text, 0) : (result.Append(text, copied, text.Length - copied).ToString(), repaired);
    }

    private static string? Repair(string word)
    {
        var score = Score(word);
        string? best = null;
        var candidate = word;
        for (var round = 0; round < 2; round++)
        {
            candidate = Reencode(candidate);
            if (candidate is null)
            {
                break;
            }

            var candidateScore = Score(candidate);
            // A gain of one point is within what a typographic dash or a rare letter can earn.
            if (candidateScore >= score + 2 && candidateScore > 0)
            {
                (best, score) = (candidate, candidateScore);
            }
        }

        return best;
    }

    private static string? Reencode(string word)
    {
        try
        {
            return TextDecoder.MacRoman.GetString(StrictWindows1252.Value.GetBytes(word));
        }
        catch (EncoderFallbackException)
        {
            return null;
        }
    }

    private static int Weigh(char c, char before, char after)
    {
        if (c is (>= '\u0080' and <= '\u009F') or '\uFFFD')
        {
            return -3;
        }

        if (Stray.Contains(c, StringComparison.Ordinal))
        {
            return InWord(before) || InWord(after) ? -2 : 0;
        }

        if (Interior.Contains(c, StringComparison.Ordinal))
        {
            return char.IsLetter(before) && char.IsLetter(after) ? -2 : 0;
        }

        return c switch
        {
            '\u2019' => char.IsLetter(before) ? (char.IsLetter(after) ? 2 : 1) : 0,
            '\u2018' => char.IsLetter(after) ? (char.IsLetter(before) ? -2 : 1) : 0,
            '\u201C' => char.IsLetter(after) ? (char.IsLetter(before) ? -2 : 2) : 0,
            '\u201D' => char.IsLetter(before) ? (char.IsLetter(after) ? -2 : 2) : 0,
            _ when char.IsLower(c) => WeighLower(c, before, after),
            _ when char.IsUpper(c) => char.IsLetter(before) && (char.IsLower(before) || char.IsLower(after)) ? -2 : 0,
            _ => 0,
        };
    }

    private static int WeighLower(char c, char before, char after)
    {
        if (char.IsLetter(before) && char.IsUpper(after))
        {
            return -2;
        }

        if (InWord(before) && InWord(after))
        {
            return 1;
        }

        return (InWord(before) || InWord(after)) && EdgeLetters.Contains(c, StringComparison.Ordinal) ? 1 : 0;
    }

    private static bool InWord(char c) => char.IsLetter(c) || c is '-' or '\'';
}
