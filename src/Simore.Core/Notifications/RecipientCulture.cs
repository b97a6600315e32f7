using System.Globalization;
using Simore.Core.Localization;

namespace Simore.Core.Notifications;

/// <summary>
/// Writes a message in its recipient's language: switches the current culture while the message is
/// composed (the localizer and date formats read it) and restores the previous one when disposed.
/// Compose synchronously inside it: an await could resume with the culture of another flow.
/// </summary>
public sealed class RecipientCulture : IDisposable
{
    private readonly CultureInfo _previous;
    private readonly CultureInfo _previousUi;

    private RecipientCulture(string language)
    {
        _previous = CultureInfo.CurrentCulture;
        _previousUi = CultureInfo.CurrentUICulture;
        Language = Languages.IsSupported(language) ? language : Languages.Default;
        var culture = Languages.Culture(Language);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
    }

    /// <summary>The language the message is written in: the preferred one when Simore speaks it, English otherwise.</summary>
    public string Language { get; }

    public static RecipientCulture Use(string? language) => new(language ?? Languages.Default);

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _previous;
        CultureInfo.CurrentUICulture = _previousUi;
    }
}
