using System.Globalization;
using Simore.Core.Reports.Model;

namespace Simore.Core.Reports.Compose;

/// <summary>
/// The implementation matrix: one row per recommendation, the columns the sources call the most
/// useful. Values stay typed (numbers, dates) for the spreadsheet; text for CSV.
/// </summary>
public sealed record MatrixTable(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    public static MatrixTable Build(ReportModel model, ReportText text)
    {
        var L = text.L;
        string[] headers =
        [
            L["No."], L["Reference"], L["Recommendation"], L["Recommended by"], L["Position"], L["Cluster"], L["Themes"],
            L["Sustainable Development Goals"], L["Lead institutions"], L["Contributing institutions"], L["Actions taken"], L["Indicators"],
            L["Deadline"], L["Implementation status"], L["Last update"],
        ];
        var rows = model.ByReference.Select(r => (IReadOnlyList<object?>)
        [
            long.TryParse(r.Number, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : r.Number,
            r.DocumentSymbol + " " + r.Paragraph,
            r.Text,
            Lines(r.RecommendingStates),
            text.Position(r.Position),
            r.ClusterName ?? string.Empty,
            Lines(r.Themes),
            Lines(r.Sdgs),
            Lines(r.LeadInstitutions),
            Lines(r.ContributingInstitutions),
            Lines(r.Actions.Select(a => Action(a, text))),
            Lines(r.Indicators.Select(i => Indicator(i, text))),
            r.Deadline,
            text.Status(r.Status),
            r.LastUpdate is { } at ? DateOnly.FromDateTime(at.UtcDateTime) : null,
        ]).ToList();
        return new MatrixTable(headers, rows);
    }

    /// <summary>"Ministry of Justice, 12 March 2026: text" and a mark when not yet published.</summary>
    public static string Action(ReportAction action, ReportText text)
    {
        var line = ActionSource(action, text) + ": " + action.Text;
        return action.IsPublished ? line : line + " [" + text.L["not yet published"] + "]";
    }

    /// <summary>Who reported it and when the action started (or was reported): "Ministry of Justice, 12 March 2026".</summary>
    public static string ActionSource(ReportAction action, ReportText text)
    {
        var when = action.StartDate ?? DateOnly.FromDateTime((action.PublishedAt ?? action.UpdatedAt).UtcDateTime);
        return action.Institution + ", " + text.Date(when);
    }

    public static string Indicator(ReportIndicator indicator, ReportText text)
    {
        var unit = indicator.Unit is { Length: > 0 } u ? " " + u : string.Empty;
        var parts = new List<string>();
        if (indicator.Baseline is { } baseline)
        {
            parts.Add(text.L["baseline {0}", baseline.ToString("G29", text.Culture) + unit]);
        }

        if (indicator.LatestValue is { } latest)
        {
            parts.Add(text.L["{0} on {1}", latest.ToString("G29", text.Culture) + unit, text.Date(indicator.LatestOn!.Value)]);
        }

        if (indicator.Target is { } target)
        {
            parts.Add(indicator.TargetYear is { } year
                ? text.L["target {0} by {1}", target.ToString("G29", text.Culture) + unit, year.ToString(CultureInfo.InvariantCulture)]
                : text.L["target {0}", target.ToString("G29", text.Culture) + unit]);
        }

        return parts.Count == 0 ? indicator.Title : indicator.Title + " (" + string.Join(", ", parts) + ")";
    }

    private static string Lines(IEnumerable<string> values) => string.Join("\n", values);

    /// <summary>Cells as text, dates as ISO 8601, for CSV.</summary>
    public IEnumerable<IReadOnlyList<string>> TextRows() => Rows.Select(row => (IReadOnlyList<string>)row.Select(Text).ToList());

    private static string Text(object? value) => value switch
    {
        null => string.Empty,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
