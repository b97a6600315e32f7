using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Simore.Core.Registry;

/// <summary>A State or territory of ISO 3166-1, with its UN short names in the six languages.</summary>
public sealed record CountryInfo(
    [property: JsonPropertyName("iso3")] string Iso3,
    [property: JsonPropertyName("iso2")] string Iso2,
    [property: JsonPropertyName("un")] bool IsUnMember,
    [property: JsonPropertyName("names")] IReadOnlyDictionary<string, string> Names,
    [property: JsonPropertyName("aliases")] IReadOnlyList<string> Aliases)
{
    public string Name(string language) =>
        Names.TryGetValue(language, out var name) ? name : Names["en"];
}

/// <summary>
/// Resolves the many ways UN files write a State's name ("St Kitts &amp; Nevis", "Viet Nam", "UK")
/// to one ISO 3166-1 entry. Loaded once from the embedded reference data.
/// </summary>
public sealed class CountryDirectory
{
    private static readonly Lazy<CountryDirectory> Shared = new(Load);

    private readonly FrozenDictionary<string, CountryInfo> _byName;
    private readonly FrozenDictionary<string, CountryInfo> _byCode;

    public CountryDirectory(IEnumerable<CountryInfo> countries)
    {
        All = countries.OrderBy(c => c.Names["en"], StringComparer.Ordinal).ToList();
        var byName = new Dictionary<string, CountryInfo>(StringComparer.Ordinal);
        foreach (var country in All)
        {
            foreach (var name in country.Names.Values.Concat(country.Aliases).Append(country.Iso3))
            {
                byName.TryAdd(Normalize(name), country);
            }
        }

        _byName = byName.ToFrozenDictionary(StringComparer.Ordinal);
        _byCode = All.SelectMany(c => new[] { (c.Iso3, c), (c.Iso2, c) })
            .ToFrozenDictionary(p => p.Item1, p => p.c, StringComparer.OrdinalIgnoreCase);
    }

    public static CountryDirectory Instance => Shared.Value;

    public IReadOnlyList<CountryInfo> All { get; }

    public CountryInfo? Resolve(string name)
    {
        var key = Normalize(name);
        return key.Length == 0 ? null : _byName.GetValueOrDefault(key);
    }

    public CountryInfo? FindByCode(string code) => _byCode.GetValueOrDefault(code.Trim());

    /// <summary>Case, accents, apostrophes, "&amp;" and "St." do not distinguish two States.</summary>
    public static string Normalize(string name)
    {
        var decomposed = name.Trim().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var ch in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(ch switch
            {
                '\u2019' or '\u2018' or '`' => '\'',
                '\u00A0' or '\u2011' => ' ',
                _ => char.ToLowerInvariant(ch),
            });
        }

        var text = " " + builder.ToString().Replace("&", " and ", StringComparison.Ordinal) + " ";
        text = text.Replace(" st. ", " saint ", StringComparison.Ordinal).Replace(" st ", " saint ", StringComparison.Ordinal);
        text = string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return text.StartsWith("the ", StringComparison.Ordinal) ? text[4..] : text;
    }

    private static CountryDirectory Load()
    {
        using var stream = typeof(CountryDirectory).Assembly.GetManifestResourceStream("Simore.Core.Registry.ReferenceData.countries.json")
            ?? throw new InvalidOperationException("The countries reference data is not embedded.");
        var countries = JsonSerializer.Deserialize<List<CountryInfo>>(stream)
            ?? throw new InvalidOperationException("The countries reference data is empty.");
        return new CountryDirectory(countries);
    }
}
