namespace Simore.Core.Importing.TextFiles;

/// <summary>
/// Splits "Ratify OPCAT (Denmark) (Portugal, Spain);" into the text and the States that made it,
/// by the rules of the OHCHR thematic lists: only trailing groups whose every name is a State come
/// off, so "(CRPD)" stays in the text. Scraped lists also separate names with semicolons
/// ("(Azerbaijan; Nepal)") and leave stray closing brackets ("(Austria). );"); both are accepted.
/// </summary>
public static class TrailingStates
{
    private static readonly char[] Separators = [',', ';'];

    public static (string Text, IReadOnlyList<string> States) Split(string text, Func<string, bool> isStateName)
    {
        var rest = TextCleanup.DropUnmatchedClosers(TextCleanup.CollapseWhitespace(text));
        var groups = new List<List<string>>();
        while (rest.EndsWith(')'))
        {
            var open = MatchingOpen(rest);
            var names = open < 0 ? null : Names(rest[(open + 1)..^1], isStateName);
            if (names is null)
            {
                break;
            }

            groups.Insert(0, names);
            rest = rest[..open].TrimEnd().TrimEnd(';', ',').TrimEnd();
        }

        return (rest.TrimEnd(';', ',', ' '), groups.SelectMany(g => g).ToList());
    }

    private static List<string>? Names(string inner, Func<string, bool> isStateName)
    {
        if (isStateName(inner.Trim()))
        {
            return [inner.Trim()];
        }

        var names = new List<string>();
        foreach (var part in SplitTopLevel(inner))
        {
            var name = part.Trim();
            name = name.StartsWith("and ", StringComparison.Ordinal) ? name[4..].Trim() : name;
            if (isStateName(name))
            {
                names.Add(name);
                continue;
            }

            var pieces = name.Split(" and ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (pieces.Length < 2 || !pieces.All(isStateName))
            {
                return null;
            }

            names.AddRange(pieces);
        }

        return names.Count > 0 ? names : null;
    }

    /// <summary>Separators outside nested brackets: "Iran (Islamic Republic of), Spain" has two parts.</summary>
    private static IEnumerable<string> SplitTopLevel(string text)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            depth += text[i] switch { '(' => 1, ')' => -1, _ => 0 };
            if (depth == 0 && Array.IndexOf(Separators, text[i]) >= 0)
            {
                yield return text[start..i];
                start = i + 1;
            }
        }

        yield return text[start..];
    }

    private static int MatchingOpen(string text)
    {
        var depth = 0;
        for (var i = text.Length - 1; i >= 0; i--)
        {
            depth += text[i] switch { ')' => 1, '(' => -1, _ => 0 };
            if (depth == 0)
            {
                return i;
            }
        }

        return -1;
    }
}
