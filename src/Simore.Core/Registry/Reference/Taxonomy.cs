using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace Simore.Core.Registry.Reference;

/// <summary>
/// The shared vocabularies, loaded once from the embedded reference data: UHRI themes and groups of
/// persons (with the legacy codes of older OHCHR files), SDG goals and targets, and the bodies that
/// issue recommendations. Resolves the labels files use to stable codes.
/// </summary>
public sealed partial class Taxonomy
{
    private static readonly Lazy<Taxonomy> Shared = new(Load);
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    private readonly FrozenDictionary<string, ThemeInfo[]> _themesByLabel;
    private readonly FrozenDictionary<string, PersonGroupInfo> _groupsByLabel;
    private readonly FrozenDictionary<string, BodyInfo> _bodiesByLabel;

    private Taxonomy(UhriTaxonomyFile uhri, SdgFile sdgs, IReadOnlyList<BodyInfo> bodies)
    {
        Themes = uhri.Themes;
        Groups = uhri.Groups;
        Goals = sdgs.Goals;
        Targets = sdgs.Goals.SelectMany(g => g.Targets).ToList();
        Bodies = bodies;
        ThemesByCode = Themes.ToFrozenDictionary(t => t.Code, StringComparer.Ordinal);
        GroupsByCode = Groups.ToFrozenDictionary(g => g.Code, StringComparer.Ordinal);
        GoalsByNumber = Goals.ToFrozenDictionary(g => g.Number);
        TargetsByCode = Targets.ToFrozenDictionary(t => t.Code, StringComparer.OrdinalIgnoreCase);
        BodiesByCode = Bodies.ToFrozenDictionary(b => b.Code, StringComparer.OrdinalIgnoreCase);

        var themes = new Dictionary<string, List<ThemeInfo>>(StringComparer.Ordinal);
        void AddTheme(string label, ThemeInfo theme)
        {
            var key = Key(label);
            if (!themes.TryGetValue(key, out var list))
            {
                themes[key] = list = [];
            }

            if (!list.Contains(theme))
            {
                list.Add(theme);
            }
        }

        foreach (var theme in Themes)
        {
            AddTheme(theme.Code, theme);
            foreach (var name in theme.Names.Values.Concat(theme.Aliases))
            {
                AddTheme(name, theme);
            }

            foreach (var legacy in theme.LegacyCodes)
            {
                AddTheme(legacy, theme);
            }
        }

        foreach (var legacy in uhri.Legacy)
        {
            foreach (var theme in Themes.Where(t => t.LegacyCodes.Contains(legacy.Code, StringComparer.Ordinal)))
            {
                AddTheme(legacy.Code + " " + legacy.Label, theme);
            }
        }

        _themesByLabel = themes.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        _groupsByLabel = Groups
            .SelectMany(g => g.Names.Values.Concat(g.Aliases ?? []).Append(g.Code).Select(label => (Key(label), g)))
            .GroupBy(p => p.Item1, StringComparer.Ordinal)
            .ToFrozenDictionary(p => p.Key, p => p.First().g, StringComparer.Ordinal);
        _bodiesByLabel = Bodies
            .SelectMany(b => b.Names.Values.Concat(b.Aliases).Append(b.Code).Select(label => (Key(label), b)))
            .GroupBy(p => p.Item1, StringComparer.Ordinal)
            .ToFrozenDictionary(p => p.Key, p => p.First().b, StringComparer.Ordinal);
    }

    public static Taxonomy Instance => Shared.Value;

    public IReadOnlyList<ThemeInfo> Themes { get; }

    public IReadOnlyList<PersonGroupInfo> Groups { get; }

    public IReadOnlyList<SdgGoalInfo> Goals { get; }

    public IReadOnlyList<SdgTargetInfo> Targets { get; }

    public IReadOnlyList<BodyInfo> Bodies { get; }

    public FrozenDictionary<string, ThemeInfo> ThemesByCode { get; }

    public FrozenDictionary<string, PersonGroupInfo> GroupsByCode { get; }

    public FrozenDictionary<int, SdgGoalInfo> GoalsByNumber { get; }

    public FrozenDictionary<string, SdgTargetInfo> TargetsByCode { get; }

    public FrozenDictionary<string, BodyInfo> BodiesByCode { get; }

    /// <summary>A current name, an alias, a legacy code or a legacy "A12 Acceptance of …" label; a legacy code may stand for several themes.</summary>
    public IReadOnlyList<ThemeInfo> ResolveThemes(string label)
    {
        if (_themesByLabel.TryGetValue(Key(label), out var themes))
        {
            return themes;
        }

        var legacy = LegacyPrefix().Match(label.Trim());
        return legacy.Success && _themesByLabel.TryGetValue(Key(legacy.Groups[1].Value), out themes) ? themes : [];
    }

    public PersonGroupInfo? ResolveGroup(string label) => _groupsByLabel.GetValueOrDefault(Key(label));

    public BodyInfo? ResolveBody(string label) => _bodiesByLabel.GetValueOrDefault(Key(label));

    /// <summary>"16", "Goal 16", "16 - PEACE, JUSTICE…" → goal 16; "16.3", "16.a - …" → target 16.3 / 16.a.</summary>
    public (int? Goal, string? Target) ResolveSdg(string label)
    {
        var match = SdgPattern().Match(label.Trim());
        if (!match.Success)
        {
            return (null, null);
        }

        var goal = int.Parse(match.Groups["goal"].Value, System.Globalization.CultureInfo.InvariantCulture);
        if (!GoalsByNumber.ContainsKey(goal))
        {
            return (null, null);
        }

        var target = match.Groups["target"].Success ? $"{goal}.{match.Groups["target"].Value.ToLowerInvariant()}" : null;
        return target is null ? (goal, null) : TargetsByCode.ContainsKey(target) ? (goal, target) : (null, null);
    }

    private static string Key(string label) =>
        string.Join(' ', label.Trim().ToLowerInvariant().Replace(" and ", " & ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static Taxonomy Load()
    {
        var assembly = typeof(Taxonomy).Assembly;
        T Read<T>(string name)
        {
            using var stream = assembly.GetManifestResourceStream("Simore.Core.Registry.ReferenceData." + name)
                ?? throw new InvalidOperationException($"The reference data {name} is not embedded.");
            return JsonSerializer.Deserialize<T>(stream, Json) ?? throw new InvalidOperationException($"The reference data {name} is empty.");
        }

        return new Taxonomy(Read<UhriTaxonomyFile>("uhri-taxonomy.json"), Read<SdgFile>("sdgs.json"), Read<List<BodyInfo>>("bodies.json"));
    }

    [GeneratedRegex(@"^([A-H]\d{1,3}|S\d{1,3})\b", RegexOptions.CultureInvariant)]
    private static partial Regex LegacyPrefix();

    [GeneratedRegex(@"^(?:goal\s*|sdg\s*)?(?<goal>\d{1,2})(?:\.(?<target>\d{1,2}|[a-z]))?(?:\s*[-\u2013:].*)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SdgPattern();
}
