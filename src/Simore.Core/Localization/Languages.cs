using System.Globalization;

namespace Simore.Core.Localization;

/// <summary>The six official languages of the United Nations: the interface speaks all of them.</summary>
public static class Languages
{
    public const string Default = "en";

    public static readonly IReadOnlyList<string> All = ["ar", "en", "es", "fr", "ru", "zh"];

    public static bool IsSupported(string? code) => code is not null && All.Contains(code, StringComparer.Ordinal);

    /// <summary>Neutral cultures: "zh" is the UN's Chinese (Simplified), formatted by ICU.</summary>
    public static CultureInfo Culture(string code) => CultureInfo.GetCultureInfo(code);

    public static IList<CultureInfo> Cultures => All.Select(Culture).ToList();

    /// <summary>The language's own name, shown in the language switcher.</summary>
    public static string NativeName(string code) => code switch
    {
        "ar" => "\u0627\u0644\u0639\u0631\u0628\u064A\u0629",
        "en" => "English",
        "es" => "Espa\u00F1ol",
        "fr" => "Fran\u00E7ais",
        "ru" => "\u0420\u0443\u0441\u0441\u043A\u0438\u0439",
        "zh" => "\u4E2D\u6587",
        _ => code,
    };
}
