using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Simore.Core.Data;
using Simore.Core.FollowUp;
using Simore.Core.Localization;
using Simore.Core.Portal;
using Simore.Core.Registry;
using Simore.Web.Features.Shared;

namespace Simore.Web.Features.Portal;

public sealed record DashboardStatus(string Key, string Label, string Color);

/// <summary>A bar: its label, the link to the search it counts, and one count per status (in <see cref="DashboardView.Statuses"/> order).</summary>
public sealed record DashboardChartBar(string Label, string Url, IReadOnlyList<int> Counts)
{
    public int Total => Counts.Sum();
}

public sealed record DashboardChart(string Id, string Title, IReadOnlyList<DashboardChartBar> Bars);

public sealed record DashboardTimeline(IReadOnlyList<string> Months, IReadOnlyList<IReadOnlyList<int>> Series);

/// <summary>The progress dashboard of a tenant, labelled in the reader's language: the charts' JSON and their tables.</summary>
public sealed record DashboardView(int Total, IReadOnlyList<DashboardStatus> Statuses, IReadOnlyList<int> Overall, IReadOnlyList<DashboardChart> Charts, DashboardTimeline OverTime);

public sealed class DashboardQuery(PortalDashboard dashboard, SimoreDbContext db, IStringLocalizer<SharedResource> l)
{
    private const int BarsPerChart = 20;

    // Traffic lights, from implemented (green) to not started (red), and grey for no information.
    private static readonly Dictionary<string, string> Colors = new(StringComparer.Ordinal)
    {
        [nameof(ImplementationStatus.FullyImplemented)] = "#1a7f37",
        [nameof(ImplementationStatus.PartiallyImplemented)] = "#9a6700",
        [nameof(ImplementationStatus.InProgress)] = "#0969da",
        [nameof(ImplementationStatus.NotStarted)] = "#cf222e",
        [DashboardData.NoInformation] = "#6e7781",
    };

    public async Task<DashboardView> RunAsync(string tenant, CancellationToken cancellationToken)
    {
        var data = await dashboard.LoadAsync(cancellationToken);
        var language = Names.Language;
        var clusters = await db.Clusters.AsNoTracking().ToDictionaryAsync(c => c.Id.ToString(CultureInfo.InvariantCulture), c => c.NameIn(language), cancellationToken);
        var institutions = await db.Institutions.AsNoTracking().ToDictionaryAsync(i => i.Id.ToString(CultureInfo.InvariantCulture), i => i.NameIn(language), cancellationToken);
        var statuses = DashboardData.Statuses
            .Select(s => new DashboardStatus(s, l[Display.Status(Enum.TryParse<ImplementationStatus>(s, out var status) ? status : null)], Colors[s]))
            .ToList();
        var search = "/" + tenant + "/recommendations";

        DashboardChart Chart(string id, string title, string parameter, Func<string, string> label) => new(
            id,
            title,
            data.Dimension(id)
                .Where(b => b.Key.Length > 0)
                .Take(BarsPerChart)
                .Select(b => new DashboardChartBar(label(b.Key), search + "?" + parameter + "=" + Uri.EscapeDataString(b.Key), statuses.Select(s => b.Count(s.Key)).ToList()))
                .ToList());

        var charts = new List<DashboardChart>
        {
            Chart("cluster", l["Implementation by cluster"], "cluster", k => clusters.GetValueOrDefault(k, k)),
            Chart("mechanism", l["Implementation by mechanism"], "mechanism", k => Enum.TryParse<Mechanism>(k, out var m) ? l[Display.Mechanism(m)] : k),
            Chart("institution", l["Implementation by responsible institution"], "institution", k => institutions.GetValueOrDefault(k, k)),
            Chart("sdg", l["Implementation by Sustainable Development Goal"], "sdg", k => int.TryParse(k, CultureInfo.InvariantCulture, out var g) ? Names.Goal(g) : k),
            Chart("position", l["Implementation by position of the State"], "position", k => Enum.TryParse<Position>(k, out var p) ? l[Display.Position(p)] : k),
        };

        var byStatus = data.ByStatus;
        var overTime = new DashboardTimeline(
            data.OverTime.Select(m => m.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture)).ToList(),
            statuses.Select(s => (IReadOnlyList<int>)data.OverTime.Select(m => m.ByStatus.GetValueOrDefault(s.Key)).ToList()).ToList());
        return new DashboardView(data.Total, statuses, statuses.Select(s => byStatus.GetValueOrDefault(s.Key)).ToList(), charts.Where(c => c.Bars.Count > 0).ToList(), overTime);
    }
}
