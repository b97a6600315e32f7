using System.Text.Json.Serialization;

namespace Simore.Core.Registry.Reference;

/// <summary>A label in the six languages, with English as the fallback.</summary>
public sealed class LocalizedText : Dictionary<string, string>
{
    public LocalizedText()
        : base(StringComparer.Ordinal)
    {
    }

    public string In(string language) =>
        TryGetValue(language, out var text) && !string.IsNullOrWhiteSpace(text) ? text : this.GetValueOrDefault("en") ?? string.Empty;
}

public sealed record ThemeInfo(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("group")] string Group,
    [property: JsonPropertyName("names")] LocalizedText Names,
    [property: JsonPropertyName("legacyCodes")] IReadOnlyList<string> LegacyCodes,
    [property: JsonPropertyName("aliases")] IReadOnlyList<string> Aliases);

public sealed record PersonGroupInfo(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("names")] LocalizedText Names,
    [property: JsonPropertyName("legacyCodes")] IReadOnlyList<string>? LegacyCodes,
    [property: JsonPropertyName("aliases")] IReadOnlyList<string>? Aliases);

public sealed record LegacyThemeInfo(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("label")] string Label);

public sealed record UhriTaxonomyFile(
    [property: JsonPropertyName("themes")] IReadOnlyList<ThemeInfo> Themes,
    [property: JsonPropertyName("groups")] IReadOnlyList<PersonGroupInfo> Groups,
    [property: JsonPropertyName("legacy")] IReadOnlyList<LegacyThemeInfo> Legacy);

public sealed record SdgTargetInfo(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("text")] LocalizedText Text);

public sealed record SdgGoalInfo(
    [property: JsonPropertyName("number")] int Number,
    [property: JsonPropertyName("ohchrLabel")] string OhchrLabel,
    [property: JsonPropertyName("shortName")] LocalizedText ShortName,
    [property: JsonPropertyName("title")] LocalizedText Title,
    [property: JsonPropertyName("targets")] IReadOnlyList<SdgTargetInfo> Targets);

public sealed record SdgFile([property: JsonPropertyName("goals")] IReadOnlyList<SdgGoalInfo> Goals);

public sealed record BodyInfo(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("mechanism")] Mechanism Mechanism,
    [property: JsonPropertyName("numbering")] NumberingStyle Numbering,
    [property: JsonPropertyName("names")] LocalizedText Names,
    [property: JsonPropertyName("aliases")] IReadOnlyList<string> Aliases);
