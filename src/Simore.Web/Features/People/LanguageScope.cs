using System.Globalization;
using Simore.Core.Localization;

namespace Simore.Web.Features.People;

/// <summary>
/// Switches the interface language for a block (an e-mail written in its recipient's language
/// while the administrator works in theirs) and restores it when disposed.
/// </summary>
public sealed class LanguageScope : IDisposable
{
    private readonly CultureInfo _culture;
    private readonly CultureInfo _uiCulture;

    private LanguageScope(string language)
    {
        _culture = CultureInfo.CurrentCulture;
        _uiCulture = CultureInfo.CurrentUICulture;
        var culture = Languages.Culture(Languages.IsSupported(language) ? language : Languages.Default);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
    }

    public static LanguageScope Use(string language) => new(language);

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }
}
