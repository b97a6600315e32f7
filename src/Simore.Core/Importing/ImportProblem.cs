namespace Simore.Core.Importing;

/// <summary>
/// Why a row (or the whole file, row 0) cannot be imported. <see cref="Message"/> is an English
/// template and the localization key; <see cref="Arguments"/> fill its placeholders.
/// </summary>
public sealed record ImportProblem(int Row, string? Column, string Message, params string[] Arguments)
{
    public string Format(Func<string, string>? translate = null) =>
        string.Format(System.Globalization.CultureInfo.CurrentCulture, translate?.Invoke(Message) ?? Message, Arguments);
}
