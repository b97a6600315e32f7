using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Simore.Core.Data;
using Simore.Core.FollowUp;
using Simore.Core.Registry;
using Simore.Core.Tenancy;

namespace Simore.Core.Portal;

/// <summary>
/// The public search of a tenant's recommendations: full text (in the language of each document,
/// and of the reader) with trigram matching for partial words and typos, every filter, and the count
/// of each facet value, in one round trip to PostgreSQL.
/// </summary>
public sealed class PortalSearch(SimoreDbContext db, ITenantContext tenantContext)
{
    /// <summary>
    /// Every facet's counts in one pass over the facet keys of the matching recommendations; the keys
    /// are distinct per recommendation, so each counts once under each value (an SDG goal reached
    /// through two targets, an institution with two roles). Targets are a filter, not a facet.
    /// </summary>
    private const string Facets = $$"""
        SELECT split_part(k, ':', 1), substr(k, strpos(k, ':') + 1), count(*)
        FROM {{PortalSql.From}}, unnest(f.keys) k
        WHERE {where} AND k NOT LIKE 'target:%'
        GROUP BY k
        """;

    public async Task<PortalResult> SearchAsync(PortalQuery query, bool withFacets = true, CancellationToken cancellationToken = default)
    {
        query = query.Normalized();
        var result = await SearchAsync(query, withFacets, fuzzy: false, cancellationToken);

        // Nothing for these words: perhaps they are misspelt; try again by similarity of spelling.
        return result.Total == 0 && query.Q is not null ? await SearchAsync(query, withFacets, fuzzy: true, cancellationToken) : result;
    }

    private async Task<PortalResult> SearchAsync(PortalQuery query, bool withFacets, bool fuzzy, CancellationToken cancellationToken)
    {
        var sql = new PortalSql(query, tenantContext.TenantId ?? throw new InvalidOperationException("No tenant."), fuzzy);
        var order = Order(query, sql, fuzzy);
        var offset = PortalSql.Int((query.Page - 1) * query.PageSize);
        var page = $"""
            SELECT r.id, d.symbol, r.paragraph, r.text, r.position, r.status, d.mechanism, d.body_code, d.cycle, d.session, d.published_on,
                   ARRAY(SELECT x.country_code FROM recommending_states x WHERE x.tenant_id = r.tenant_id AND x.recommendation_id = r.id ORDER BY x.country_code),
                   count(*) OVER ()
            FROM {PortalSql.From} WHERE {sql.Where}
            ORDER BY {order}
            LIMIT {PortalSql.Int(query.PageSize)} OFFSET {offset}
            """;

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var batch = new NpgsqlBatch((NpgsqlConnection)db.Database.GetDbConnection());
            batch.BatchCommands.Add(sql.Command(page));
            if (withFacets)
            {
                batch.BatchCommands.Add(sql.Command(Facets.Replace("{where}", sql.Where, StringComparison.Ordinal)));
            }

            await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
            var (items, total) = await ReadHitsAsync(reader, cancellationToken);
            var facets = new Dictionary<string, IReadOnlyList<FacetValue>>(StringComparer.Ordinal);
            if (withFacets && await reader.NextResultAsync(cancellationToken))
            {
                var raw = new List<(string Facet, FacetValue Value)>();
                while (await reader.ReadAsync(cancellationToken))
                {
                    raw.Add((reader.GetString(0), new FacetValue(reader.GetString(1), (int)reader.GetInt64(2))));
                }

                foreach (var group in raw.GroupBy(r => r.Facet))
                {
                    facets[group.Key] = group.Select(g => g.Value).OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal).ToList();
                }

                total = facets.TryGetValue("position", out var positions) ? positions.Sum(p => p.Count) : total;
            }
            else if (total == 0 && items.Count == 0 && query.Page > 1)
            {
                // Past the last page: count on the same connection, which allows one open reader only.
                await reader.DisposeAsync();
                total = await CountAsync(sql, cancellationToken);
            }

            return new PortalResult(total, items, facets);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Every matching id in the search's order, up to <paramref name="limit"/>: exports are not paged.</summary>
    public async Task<IReadOnlyList<long>> AllIdsAsync(PortalQuery query, int limit, CancellationToken cancellationToken = default)
    {
        query = query.Normalized();
        var ids = await AllIdsAsync(query, limit, fuzzy: false, cancellationToken);
        return ids.Count == 0 && query.Q is not null ? await AllIdsAsync(query, limit, fuzzy: true, cancellationToken) : ids;
    }

    private async Task<IReadOnlyList<long>> AllIdsAsync(PortalQuery query, int limit, bool fuzzy, CancellationToken cancellationToken)
    {
        var sql = new PortalSql(query, tenantContext.TenantId ?? throw new InvalidOperationException("No tenant."), fuzzy);
        var select = $"SELECT r.id FROM {PortalSql.From} WHERE {sql.Where} ORDER BY {Order(query, sql, fuzzy)} LIMIT {PortalSql.Int(limit)}";
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var batch = new NpgsqlBatch((NpgsqlConnection)db.Database.GetDbConnection());
            batch.BatchCommands.Add(sql.Command(select));
            await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
            var ids = new List<long>();
            while (await reader.ReadAsync(cancellationToken))
            {
                ids.Add(reader.GetInt64(0));
            }

            return ids;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<int> CountAsync(PortalSql sql, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch((NpgsqlConnection)db.Database.GetDbConnection());
        batch.BatchCommands.Add(sql.Command($"SELECT count(*) FROM {PortalSql.From} WHERE {sql.Where}"));
        return (int)(long)(await batch.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async Task<(List<PortalHit> Items, int Total)> ReadHitsAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        var items = new List<PortalHit>();
        var total = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(new PortalHit(
                reader.GetInt64(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                Enum.Parse<Position>(reader.GetString(4)),
                reader.IsDBNull(5) ? null : Enum.Parse<ImplementationStatus>(reader.GetString(5)),
                Enum.Parse<Mechanism>(reader.GetString(6)),
                reader.GetString(7),
                reader.IsDBNull(8) ? null : reader.GetInt32(8),
                reader.IsDBNull(9) ? null : reader.GetInt32(9),
                reader.IsDBNull(10) ? null : reader.GetFieldValue<DateOnly>(10),
                reader.GetFieldValue<string[]>(11)));
            total = (int)reader.GetInt64(12);
        }

        return (items, total);
    }

    private static string Order(PortalQuery query, PortalSql sql, bool fuzzy) => (query.Sort ?? (query.Q is null ? "reference" : "relevance")) switch
    {
        "relevance" when query.Q is not null && fuzzy => "word_similarity(@q, r.text) DESC, d.symbol, r.sort_key",
        "relevance" when query.Q is not null => "ts_rank(r.search_vector, " + sql.TextQuery + ") DESC, d.symbol, r.sort_key",
        "recent" => "d.published_on DESC NULLS LAST, d.symbol, r.sort_key",
        // The status is stored by name: order by how far implementation has gone, not alphabetically.
        "status" => "CASE r.status WHEN 'FullyImplemented' THEN 4 WHEN 'PartiallyImplemented' THEN 3 WHEN 'InProgress' THEN 2 WHEN 'NotStarted' THEN 1 END DESC NULLS LAST, d.symbol, r.sort_key",
        _ => "d.symbol, r.sort_key",
    };
}
