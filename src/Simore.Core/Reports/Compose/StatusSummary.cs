using Simore.Core.Registry;
using Simore.Core.Reports.Model;

namespace Simore.Core.Reports.Compose;

/// <summary>The traffic-light summary: a sentence, a chart of status counts and a table per cluster.</summary>
internal static class StatusSummary
{
    public static string Sentence(IReadOnlyCollection<ReportRecommendation> recommendations, ReportText text)
    {
        var counts = Tones.Count(recommendations.Select(r => r.Status));
        return text.L["Of the {0} recommendations, {1} are fully implemented, {2} partially implemented and {3} in progress; implementation has not started on {4}, and no information has been reported on {5}.",
            text.Number(recommendations.Count), text.Number(counts[StatusTone.Fully]), text.Number(counts[StatusTone.Partially]),
            text.Number(counts[StatusTone.InProgress]), text.Number(counts[StatusTone.NotStarted]), text.Number(counts[StatusTone.NoInformation])];
    }

    public static StatusChartBlock Chart(IReadOnlyCollection<ReportRecommendation> recommendations, ReportText text)
    {
        var bars = new List<StatusBar> { new(text.L["All recommendations"], Tones.Count(recommendations.Select(r => r.Status))) };
        foreach (var position in new[] { Position.Supported, Position.Noted, Position.PartiallySupported, Position.Pending })
        {
            var some = recommendations.Where(r => r.Position == position).ToList();
            if (some.Count > 0)
            {
                bars.Add(new StatusBar(text.Position(position), Tones.Count(some.Select(r => r.Status))));
            }
        }

        return new StatusChartBlock(text.L["Implementation status of the recommendations"], Legend(text), bars);
    }

    public static TableBlock ByCluster(IReadOnlyList<ReportCluster> clusters, ReportText text)
    {
        var columns = new List<TableColumn> { new(text.L["Cluster"], 4) };
        columns.AddRange(Tones.All.Select(t => new TableColumn(text.Status(Tones.Status(t)), 1, Numeric: true)));
        columns.Add(new TableColumn(text.L["Total"], 1, Numeric: true));
        var rows = clusters.Select(c =>
        {
            var counts = Tones.Count(c.Recommendations.Select(r => r.Status));
            var row = new List<Cell> { ClusterName(c, text) };
            row.AddRange(Tones.All.Select(t => new Cell(text.Number(counts[t]), counts[t] > 0 ? t : null)));
            row.Add(new Cell(text.Number(c.Recommendations.Count), Bold: true));
            return (IReadOnlyList<Cell>)row;
        }).ToList();
        var all = Tones.Count(clusters.SelectMany(c => c.Recommendations).Select(r => r.Status));
        var total = new List<Cell> { new(text.L["Total"], Bold: true) };
        total.AddRange(Tones.All.Select(t => new Cell(text.Number(all[t]), Bold: true)));
        total.Add(new Cell(text.Number(all.Values.Sum()), Bold: true));
        rows.Add(total);
        return new TableBlock(columns, rows, text.L["Implementation status by cluster"]);
    }

    public static IReadOnlyList<(StatusTone, string)> Legend(ReportText text) =>
        Tones.All.Select(t => (t, text.Status(Tones.Status(t)))).ToList();

    public static string ClusterName(ReportCluster cluster, ReportText text) =>
        cluster.Id is null ? text.L["Recommendations not yet clustered"] : cluster.Name;
}
