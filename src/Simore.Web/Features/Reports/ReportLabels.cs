using Microsoft.Extensions.Localization;
using Simore.Core.Localization;
using Simore.Core.Reports;

namespace Simore.Web.Features.Reports;

/// <summary>Names of report kinds, formats and states, and a one-line account of a request's options, in the page's language.</summary>
public sealed class ReportLabels(IStringLocalizer<SharedResource> l)
{
    public string Kind(ReportKind kind) => kind switch
    {
        ReportKind.National => l["National report"],
        ReportKind.MidTerm => l["Mid-term report"],
        ReportKind.Matrix => l["Implementation matrix"],
        _ => l["Institution progress report"],
    };

    public string KindHelp(ReportKind kind) => kind switch
    {
        ReportKind.National => l["The draft of the national report for the next review: methodology, implementation by cluster, achievements and challenges, an annex matrix. Word count against the 10,700-word limit."],
        ReportKind.MidTerm => l["Every recommendation with its status and what was done, a traffic-light summary, and the independent assessments published."],
        ReportKind.Matrix => l["One row per recommendation: position, cluster, themes, SDGs, institutions, actions, indicators, deadline, status."],
        _ => l["What one institution has reported, and on which of its recommendations it has not."],
    };

    public static string Format(ReportFormat format) => format switch
    {
        ReportFormat.Pdf => "PDF",
        ReportFormat.Docx => "Word (.docx)",
        ReportFormat.Xlsx => "Excel (.xlsx)",
        _ => "CSV",
    };

    public string State(ReportState state) => state switch
    {
        ReportState.Queued => l["Waiting to start"],
        ReportState.Running => l["Being made"],
        ReportState.Succeeded => l["Ready"],
        _ => l["Failed"],
    };

    /// <summary>"Cycle 4 · 3 clusters · from 1 March 2025 · with unpublished follow-up".</summary>
    public string Options(ReportKind kind, ReportOptions options, IReadOnlyDictionary<long, string> clusters, IReadOnlyDictionary<long, string> institutions)
    {
        var parts = new List<string>
        {
            options.Cycle is { } cycle ? l["Cycle {0}", cycle] : kind is ReportKind.National or ReportKind.MidTerm ? l["Latest cycle"] : l["All recommendations"],
        };
        if (options.ClusterIds.Count > 0)
        {
            parts.Add(options.ClusterIds.Count <= 2
                ? string.Join(", ", options.ClusterIds.Select(id => clusters.GetValueOrDefault(id) ?? "#" + id))
                : l["{0} clusters", options.ClusterIds.Count]);
        }

        if (options.InstitutionId is { } institution)
        {
            parts.Add(institutions.GetValueOrDefault(institution) ?? "#" + institution);
        }

        if (options.From is { } from)
        {
            parts.Add(l["from {0}", from.ToString("d", System.Globalization.CultureInfo.CurrentCulture)]);
        }

        if (options.To is { } to)
        {
            parts.Add(l["until {0}", to.ToString("d", System.Globalization.CultureInfo.CurrentCulture)]);
        }

        if (options.IncludeUnpublished)
        {
            parts.Add(l["with unpublished follow-up"]);
        }

        if (options.Methodology is not null)
        {
            parts.Add(l["own methodology text"]);
        }

        return string.Join(" \u00B7 ", parts);
    }
}
