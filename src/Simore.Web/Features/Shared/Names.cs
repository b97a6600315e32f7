using System.Globalization;
using Simore.Core.Localization;
using Simore.Core.Registry;
using Simore.Core.Registry.Reference;

namespace Simore.Web.Features.Shared;

/// <summary>Names of reference codes (countries, themes, groups, SDGs, bodies) in the interface language.</summary>
public static class Names
{
    public static string Language => Languages.IsSupported(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName)
        ? CultureInfo.CurrentUICulture.TwoLetterISOLanguageName
        : Languages.Default;

    public static string Country(string code) => Country(code, Language);

    public static string Theme(string code) => Theme(code, Language);

    public static string Group(string code) => Group(code, Language);

    public static string Goal(int number) => Taxonomy.Instance.GoalsByNumber.ContainsKey(number)
        ? $"{number.ToString(CultureInfo.CurrentCulture)}. {GoalName(number, Language)}"
        : number.ToString(CultureInfo.CurrentCulture);

    public static string Target(string code) => Taxonomy.Instance.TargetsByCode.ContainsKey(code)
        ? $"{code} {TargetText(code, Language)}"
        : code;

    public static string Body(string code) => Body(code, Language);

    // In a language the caller names (the API's lang parameter) rather than the interface's; an unknown code is its own name.
    public static string Country(string code, string language) => CountryDirectory.Instance.FindByCode(code)?.Name(language) ?? code;

    public static string Theme(string code, string language) =>
        Taxonomy.Instance.ThemesByCode.TryGetValue(code, out var theme) ? theme.Names.In(language) : code;

    public static string Group(string code, string language) =>
        Taxonomy.Instance.GroupsByCode.TryGetValue(code, out var group) ? group.Names.In(language) : code;

    public static string GoalName(int number, string language) =>
        Taxonomy.Instance.GoalsByNumber.TryGetValue(number, out var goal) ? goal.ShortName.In(language) : number.ToString(CultureInfo.InvariantCulture);

    public static string TargetText(string code, string language) =>
        Taxonomy.Instance.TargetsByCode.TryGetValue(code, out var target) ? target.Text.In(language) : code;

    public static string Body(string code, string language) =>
        Taxonomy.Instance.BodiesByCode.TryGetValue(code, out var body) ? body.Names.In(language) : code;

    /// <summary>The themes sorted by their name in the interface language, for pickers.</summary>
    public static IEnumerable<(string Code, string Name)> AllThemes() =>
        Taxonomy.Instance.Themes.Select(t => (t.Code, t.Names.In(Language))).OrderBy(t => t.Item2, StringComparer.Create(CultureInfo.CurrentUICulture, true));

    public static IEnumerable<(string Code, string Name)> AllGroups() =>
        Taxonomy.Instance.Groups.Select(g => (g.Code, g.Names.In(Language))).OrderBy(g => g.Item2, StringComparer.Create(CultureInfo.CurrentUICulture, true));

    public static IEnumerable<(int Number, string Name)> AllGoals() =>
        Taxonomy.Instance.Goals.Select(g => (g.Number, Goal(g.Number)));

    public static IEnumerable<(string Code, string Name)> AllBodies() =>
        Taxonomy.Instance.Bodies.Select(b => (b.Code, b.Names.In(Language)));

    public static IEnumerable<(string Code, string Name)> AllCountries() =>
        CountryDirectory.Instance.All.Where(c => c.IsUnMember).Select(c => (c.Iso3, c.Name(Language)))
            .OrderBy(c => c.Item2, StringComparer.Create(CultureInfo.CurrentUICulture, true));
}
