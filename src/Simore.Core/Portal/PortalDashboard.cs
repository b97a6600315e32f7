using Microsoft.EntityFrameworkCore;
using Npgsql;
using Simore.Core.Data;
using Simore.Core.FollowUp;
using Simore.Core.Tenancy;

namespace Simore.Core.Portal;

/// <summary>One bar of a dashboard chart: a value of a dimension (a cluster, a mechanism...) and its recommendations by status.</summary>
public sealed record DashboardBar(string Key, IReadOnlyDictionary<string, int> ByStatus)
{
    public int Total => ByStatus.Values.Sum();

    public int Count(string status) => ByStatus.GetValueOrDefault(status);
}

/// <summary>The number of recommendations in each status at the end of a month, from the published follow-up.</summary>
public sealed record DashboardMonth(DateOnly Month, IReadOnlyDictionary<string, int> ByStatus);

/// <summary>The public progress figures of a tenant. Statuses are the implementation status names, or "none".</summary>
public sealed record DashboardData(
    int Total,
    IReadOnlyDictionary<string, IReadOnlyList<DashboardBar>> Dimensions,
    IReadOnlyList<DashboardMonth> OverTime)
{
    public const string NoInformation = "none";

    /// <summary>Statuses from the least to the most advanced, then "no information": the order of every chart's stacks.</summary>
    public static readonly IReadOnlyList<string> Statuses =
        [.. Enum.GetValues<ImplementationStatus>().OrderByDescending(s => s).Select(s => s.ToString()), NoInformation];

    public IReadOnlyList<DashboardBar> Dimension(string name) => Dimensions.TryGetValue(name, out var bars) ? bars : [];

    public IReadOnlyDictionary<string, int> ByStatus => Dimension("position")
        .SelectMany(b => b.ByStatus).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Sum(p => p.Value), StringComparer.Ordinal);
}

/// <summary>
/// Counts the public recommendations of the current tenant by status along each dashboard dimension
/// (cluster, mechanism, responsible institution, SDG goal, position) in one round trip, and rebuilds
/// the status over time from the dates of the published follow-up.
/// </summary>
public sealed class PortalDashboard(SimoreDbContext db, ITenantContext tenantContext, TimeProvider clock)
{
    private const string Counts = $$"""
        WITH base AS (SELECT r.id, r.cluster_id, r.position, coalesce(r.status, 'none') AS status, d.mechanism, f.keys
                      FROM {{PortalSql.From}}
                      WHERE r.tenant_id = @tenant AND r.merged_into_id IS NULL)
        SELECT 'position', position, status, count(*) FROM base GROUP BY position, status
        UNION ALL SELECT 'mechanism', mechanism, status, count(*) FROM base GROUP BY mechanism, status
        UNION ALL SELECT 'cluster', coalesce(cluster_id::text, ''), status, count(*) FROM base GROUP BY cluster_id, status
        UNION ALL SELECT split_part(k, ':', 1), substr(k, strpos(k, ':') + 1), b.status, count(*) FROM base b, unnest(b.keys) k
                  WHERE k LIKE 'institution:%' OR k LIKE 'sdg:%' GROUP BY k, b.status
        """;

    private const string Published = """
        SELECT er.recommendation_id, e.published_at, e.proposed_status
        FROM entry_recommendations er
        JOIN follow_up_entries e ON e.tenant_id = er.tenant_id AND e.id = er.entry_id
        JOIN recommendations r ON r.tenant_id = er.tenant_id AND r.id = er.recommendation_id
        WHERE er.tenant_id = @tenant AND e.status = 'Published' AND e.published_at IS NOT NULL AND r.merged_into_id IS NULL
        ORDER BY e.published_at, e.id
        """;

    public async Task<DashboardData> LoadAsync(CancellationToken cancellationToken = default)
    {
        var tenant = tenantContext.TenantId ?? throw new InvalidOperationException("No tenant.");
        var raw = new List<(string Dimension, string Key, string Status, int Count)>();
        var published = new List<(long Recommendation, DateTimeOffset At, string Status)>();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var batch = new NpgsqlBatch((NpgsqlConnection)db.Database.GetDbConnection());
            foreach (var sql in new[] { Counts, Published })
            {
                var command = new NpgsqlBatchCommand(sql);
                command.Parameters.Add(new NpgsqlParameter("tenant", tenant));
                batch.BatchCommands.Add(command);
            }

            await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                raw.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), (int)reader.GetInt64(3)));
            }

            await reader.NextResultAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                published.Add((reader.GetInt64(0), reader.GetFieldValue<DateTimeOffset>(1), reader.GetString(2)));
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        var dimensions = raw.GroupBy(r => r.Dimension).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<DashboardBar>)g.GroupBy(r => r.Key)
                .Select(k => new DashboardBar(k.Key, k.ToDictionary(r => r.Status, r => r.Count, StringComparer.Ordinal)))
                .OrderByDescending(b => b.Total).ThenBy(b => b.Key, StringComparer.Ordinal)
                .ToList(),
            StringComparer.Ordinal);
        var total = dimensions.TryGetValue("position", out var positions) ? positions.Sum(p => p.Total) : 0;
        return new DashboardData(total, dimensions, OverTime(published, total, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)));
    }

    /// <summary>
    /// Month by month since the first publication, the status each recommendation had at the end of the
    /// month: the one of its latest published follow-up by then (hand overrides are not dated, so the
    /// history follows the follow-up only).
    /// </summary>
    internal static IReadOnlyList<DashboardMonth> OverTime(IReadOnlyList<(long Recommendation, DateTimeOffset At, string Status)> published, int total, DateOnly today)
    {
        if (published.Count == 0)
        {
            return [];
        }

        var first = DateOnly.FromDateTime(published[0].At.UtcDateTime);
        var month = new DateOnly(first.Year, first.Month, 1);
        var last = new DateOnly(today.Year, today.Month, 1);
        var current = new Dictionary<long, string>();
        var months = new List<DashboardMonth>();
        var next = 0;
        for (; month <= last && months.Count < 240; month = month.AddMonths(1))
        {
            var end = new DateTimeOffset(month.AddMonths(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            for (; next < published.Count && published[next].At < end; next++)
            {
                current[published[next].Recommendation] = published[next].Status;
            }

            var counts = current.Values.GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            counts[DashboardData.NoInformation] = Math.Max(0, total - current.Count);
            months.Add(new DashboardMonth(month, counts));
        }

        return months;
    }
}
