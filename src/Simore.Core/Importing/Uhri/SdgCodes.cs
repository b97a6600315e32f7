using System.Text.RegularExpressions;

namespace Simore.Core.Importing.Uhri;

/// <summary>
/// The goal or target code at the front of an SDG label: "16.3", "Goal 16", "SDG 16",
/// "16 - PEACE, JUSTICE AND STRONG INSTITUTIONS", "16.3 - Ensure ...", "16.a".
/// </summary>
public static partial class SdgCodes
{
    public static string? Of(string label)
    {
        var match = Code().Match(label);
        if (!match.Success)
        {
            return null;
        }

        var goal = int.Parse(match.Groups["goal"].Value, System.Globalization.CultureInfo.InvariantCulture);
        return goal is >= 1 and <= 17 ? match.Groups["code"].Value.ToLowerInvariant() : null;
    }

    [GeneratedRegex(@"^\s*(?:(?:SDG|Goal|Target)\s*)?(?<code>(?<goal>\d{1,2})(?:\.(?:\d{1,2}|[a-z]))?)(?!\d|\.\d)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Code();
}
