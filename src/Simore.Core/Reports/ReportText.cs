using System.Globalization;
using System.Resources;
using Simore.Core.FollowUp;
using Simore.Core.Localization;
using Simore.Core.Registry;

namespace Simore.Core.Reports;

/// <summary>
/// The report's words in the language the drafter chose for it, whatever the language of the page or
/// the process: the interface's translations, looked up with an explicit culture.
/// </summary>
public sealed class ReportText
{
    private static readonly ResourceManager Resources = new("Simore.Core.Localization.SharedResource", typeof(SharedResource).Assembly);

    public ReportText(string language)
    {
        Language = Languages.IsSupported(language) ? language : Languages.Default;
        Culture = Languages.Culture(Language);
    }

    public string Language { get; }

    public CultureInfo Culture { get; }

    public bool IsRightToLeft => Culture.TextInfo.IsRightToLeft;

    /// <summary>Named L so that the localization checks find the keys used in the report code.</summary>
    public ReportText L => this;

    public string this[string key] => Resources.GetString(key, Culture) is { Length: > 0 } value ? value : key;

    public string this[string key, params object[] arguments] => string.Format(Culture, this[key], arguments);

    public string Number(int value) => value.ToString("N0", Culture);

    /// <summary>UN style, "30 October 2024"; Chinese "2024年10月30日".</summary>
    public string Date(DateOnly date) => date.ToString(Language == "zh" ? "yyyy'年'M'月'd'日'" : "d MMMM yyyy", Culture);

    public string Date(DateTimeOffset moment) => Date(DateOnly.FromDateTime(moment.UtcDateTime));

    public string Status(ImplementationStatus? status) => L[Display.Status(status)];

    public string Position(Position position) => L[Display.Position(position)];

    public string Measure(MeasureKind kind) => L[Display.MeasureKind(kind)];

    public string EntryStatus(EntryStatus status) => L[Display.EntryStatus(status)];

    /// <summary>The name of one of the six languages, in the report's language ("Original: English").</summary>
    public string LanguageName(string code) => code switch
    {
        "ar" => L["Arabic"],
        "es" => L["Spanish"],
        "fr" => L["French"],
        "ru" => L["Russian"],
        "zh" => L["Chinese"],
        _ => L["English"],
    };

    /// <summary>"(Recommendations 1, 5, 7–9)" or "(Recommendation 15)".</summary>
    public string Covering(CompactRange range) => range.Count == 1
        ? L["(Recommendation {0})", range.Text]
        : L["(Recommendations {0})", range.Text];

    /// <summary>Roman numerals of the UN's main headings: I., II., III.</summary>
    public static string Roman(int number) => number switch
    {
        1 => "I",
        2 => "II",
        3 => "III",
        4 => "IV",
        5 => "V",
        6 => "VI",
        7 => "VII",
        8 => "VIII",
        9 => "IX",
        _ => "X",
    };

    /// <summary>A, B, … Z, AA, AB: the UN's sub-headings.</summary>
    public static string Letter(int number)
    {
        var label = string.Empty;
        for (var n = number; n > 0; n = (n - 1) / 26)
        {
            label = (char)('A' + ((n - 1) % 26)) + label;
        }

        return label;
    }
}
