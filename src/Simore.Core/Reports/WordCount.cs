using System.Text;

namespace Simore.Core.Reports;

/// <summary>
/// Counts words the way word processors do for the UN's limits: text between spaces counts once when
/// it holds a letter or a digit ("non-discrimination" and "7–9" are one word, a lone dash none), and
/// each Chinese or Japanese character counts as a word of its own.
/// </summary>
public static class WordCount
{
    public static int Of(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return 0;
        }

        var count = 0;
        var inWord = false;
        var wordHasContent = false;
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune))
            {
                count += inWord && wordHasContent ? 1 : 0;
                inWord = wordHasContent = false;
                continue;
            }

            if (IsIdeograph(rune))
            {
                // The text before it in the same token is a word of its own ("2024年" is two words).
                count += (inWord && wordHasContent ? 1 : 0) + 1;
                inWord = wordHasContent = false;
                continue;
            }

            inWord = true;
            wordHasContent |= Rune.IsLetterOrDigit(rune);
        }

        return count + (inWord && wordHasContent ? 1 : 0);
    }

    public static int Of(IEnumerable<string> texts) => texts.Sum(Of);

    private static bool IsIdeograph(Rune rune) => rune.Value is
        (>= 0x3040 and <= 0x30FF) // Hiragana, Katakana
        or (>= 0x3400 and <= 0x4DBF) // CJK extension A
        or (>= 0x4E00 and <= 0x9FFF) // CJK unified ideographs
        or (>= 0xF900 and <= 0xFAFF) // compatibility ideographs
        or (>= 0x20000 and <= 0x2FA1F); // extensions B and later
}
