using Simore.Core.Registry;
using Simore.Core.Registry.Reference;

namespace Simore.Web.Features.Api;

/// <summary>
/// Names of reference codes in a language given by the caller (the API's lang parameter), not the
/// interface culture; an unknown code is its own name.
/// </summary>
public static class ReferenceNames
{
    public static string Country(string code, string language) => CountryDirectory.Instance.FindByCode(code)?.Name(language) ?? code;

    public static string Theme(string code, string language) =>
        Taxonomy.Instance.ThemesByCode.TryGetValue(code, out var theme) ? theme.Names.In(language) : code;

    public static string Group(string code, string language) =>
        Taxonomy.Instance.GroupsByCode.TryGetValue(code, out var group) ? group.Names.In(language) : code;

    public static string Goal(int number, string language) =>
        Taxonomy.Instance.GoalsByNumber.TryGetValue(number, out var goal) ? goal.ShortName.In(language) : number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string Target(string code, string language) =>
        Taxonomy.Instance.TargetsByCode.TryGetValue(code, out var target) ? target.Text.In(language) : code;

    public static string Body(string code, string language) =>
        Taxonomy.Instance.BodiesByCode.TryGetValue(code, out var body) ? body.Names.In(language) : code;
}
