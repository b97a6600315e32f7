using Simore.Core.Registry;

namespace Simore.Core.Importing;

/// <summary>What a file would change in an existing recommendation. Only imported tags are compared: the administrator's own stay.</summary>
internal static class RecordComparer
{
    public static List<string> Changes(Recommendation existing, ImportRecord record, ResolvedRecord resolved)
    {
        var changes = new List<string>();
        if (!string.Equals(existing.Text, record.Text, StringComparison.Ordinal))
        {
            changes.Add("text");
        }

        if (existing.Position != resolved.Position)
        {
            changes.Add($"position: {existing.Position} \u2192 {resolved.Position}");
        }

        if (record.PositionSource is not null && !string.Equals(existing.PositionSource, record.PositionSource, StringComparison.Ordinal))
        {
            changes.Add("source of position");
        }

        if (!SameSet(existing.States.Select(s => s.CountryCode), resolved.StateCodes))
        {
            changes.Add("recommending States");
        }

        if (!SameSet(existing.Themes.Where(t => t.Origin == TagOrigin.Imported).Select(t => t.ThemeCode), resolved.ThemeCodes))
        {
            changes.Add("themes");
        }

        if (!SameSet(existing.Groups.Where(t => t.Origin == TagOrigin.Imported).Select(t => t.GroupCode), resolved.GroupCodes))
        {
            changes.Add("groups of persons");
        }

        if (!SameSet(existing.SdgGoals.Where(t => t.Origin == TagOrigin.Imported).Select(t => t.Goal.ToString(System.Globalization.CultureInfo.InvariantCulture)), resolved.Goals.Select(g => g.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            || !SameSet(existing.SdgTargets.Where(t => t.Origin == TagOrigin.Imported).Select(t => t.TargetCode), resolved.Targets))
        {
            changes.Add("SDGs");
        }

        return changes;
    }

    private static bool SameSet(IEnumerable<string> a, IEnumerable<string> b) =>
        a.ToHashSet(StringComparer.Ordinal).SetEquals(b);
}
