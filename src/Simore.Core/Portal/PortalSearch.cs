using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Simore.Core.Data;
using Simore.Core.FollowUp;
using Simore.Core.Localization;
using Simore.Core.Registry;
using Simore.Core.Tenancy;

namespace Simore.Core.Portal;

/// <summary>
/// The public search of a tenant's recommendations: full text (in the language of each document,
/// and of the reader) with trigram matching for partial words and typos in PostgreSQL; every filter,
/// every facet count and the order of the pages from the tenant's <see cref="PortalIndex"/> in memory,
/// checked against the database's version of it in the same round trip that reads the page.
/// </summary>
public sealed class PortalSearch(SimoreDbContext db, ITenantContext tenantContext, PortalIndexCache cache)
{
    private const string VersionSql = "SELECT coalesce((SELECT version FROM portal_versions WHERE tenant_id = @tenant), 0)";

    // The status is stored by name: order by how far implementation has gone, not alphabetically.
    private const string RowsSql = """
        SELECT r.id,
               (row_number() OVER (ORDER BY d.published_on DESC NULLS LAST, d.symbol, r.sort_key, r.id) - 1)::int,
               (row_number() OVER (ORDER BY CASE r.status WHEN 'FullyImplemented' THEN 4 WHEN 'PartiallyImplemented' THEN 3 WHEN 'InProgress' THEN 2 WHEN 'NotStarted' THEN 1 END DESC NULLS LAST, d.symbol, r.sort_key, r.id) - 1)::int
        FROM recommendations r JOIN source_documents d ON d.tenant_id = r.tenant_id AND d.id = r.document_id
        WHERE r.tenant_id = @tenant AND r.merged_into_id IS NULL
        ORDER BY d.symbol, r.sort_key, r.id
        """;

    // Per key rather than per recommendation: a few hundred arrays to read instead of a string per key and recommendation.
    private const string KeysSql = """
        SELECT k, array_agg(r.id)
        FROM recommendations r JOIN recommendation_facets f ON f.tenant_id = r.tenant_id AND f.recommendation_id = r.id, unnest(f.keys) k
        WHERE r.tenant_id = @tenant AND r.merged_into_id IS NULL
        GROUP BY k
        """;

    private const string HitsSql = """
        SELECT r.id, d.symbol, r.paragraph, r.text, r.position, r.status, d.mechanism, d.body_code, d.cycle, d.session, d.published_on,
               ARRAY(SELECT x.country_code FROM recommending_states x WHERE x.tenant_id = r.tenant_id AND x.recommendation_id = r.id ORDER BY x.country_code)
        FROM recommendations r JOIN source_documents d ON d.tenant_id = r.tenant_id AND d.id = r.document_id
        WHERE r.tenant_id = @tenant AND r.id = ANY (@ids) AND r.merged_into_id IS NULL
        """;

    // The names the facets show, in the reader's language: read with the page, not in round trips of their own.
    private const string NamesSql = """
        SELECT 'cluster:' || c.id, c.name, c.name_translations ->> @lang FROM clusters c WHERE c.tenant_id = @tenant
        UNION ALL
        SELECT 'institution:' || i.id, i.name, i.name_translations ->> @lang FROM institutions i WHERE i.tenant_id = @tenant
        """;

    public async Task<PortalResult> SearchAsync(PortalQuery query, bool withFacets = true, CancellationToken cancellationToken = default) =>
        (await RunAsync(query, withFacets, withItems: true, cancellationToken)).Result;

    /// <summary>The total and the ids of one page, without the rows: for readers that load their own (the API).</summary>
    public async Task<(int Total, IReadOnlyList<long> Ids)> PageAsync(PortalQuery query, CancellationToken cancellationToken = default)
    {
        var (result, ids) = await RunAsync(query, withFacets: false, withItems: false, cancellationToken);
        return (result.Total, ids);
    }

    private async Task<(PortalResult Result, IReadOnlyList<long> Ids)> RunAsync(PortalQuery query, bool withFacets, bool withItems, CancellationToken cancellationToken)
    {
        query = query.Normalized();
        var tenant = tenantContext.TenantId ?? throw new InvalidOperationException("No tenant.");
        var sql = new PortalSql(query, tenant);
        var order = OrderOf(query);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            var index = cache.Get(CacheKey, tenant) ?? await LoadAsync(connection, tenant, cancellationToken);
            var text = query.Q is null ? null : await TextMatchesAsync(connection, sql, fuzzy: false, order == PortalOrder.Relevance, cancellationToken);
            Dictionary<long, double>? fuzzy = null;
            for (var attempt = 1; ; attempt++)
            {
                var scores = text;
                var match = index.Match(sql.Keys, text?.Keys);
                if (text is not null && PortalIndex.CountOf(match) == 0)
                {
                    // Nothing for these words: perhaps they are misspelt; try again by similarity of spelling.
                    scores = fuzzy ??= await TextMatchesAsync(connection, sql, fuzzy: true, order == PortalOrder.Relevance, cancellationToken);
                    match = index.Match(sql.Keys, fuzzy.Keys);
                }

                var ids = index.Page(match, order, scores, (query.Page - 1) * query.PageSize, query.PageSize);
                var (version, hits, names) = await ReadPageAsync(connection, sql, withItems ? ids : [], withFacets ? query.Language : null, cancellationToken);
                if (version == index.Version || attempt == 2)
                {
                    var facets = withFacets ? index.Facets(match) : new Dictionary<string, IReadOnlyList<FacetValue>>(StringComparer.Ordinal);
                    return (new PortalResult(PortalIndex.CountOf(match), hits, facets) { Names = names }, ids);
                }

                // The tenant's data changed since the index was made: make it again, search again.
                index = await LoadAsync(connection, tenant, cancellationToken);
            }
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
        var tenant = tenantContext.TenantId ?? throw new InvalidOperationException("No tenant.");
        var sql = new PortalSql(query, tenant);
        var order = OrderOf(query);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            var index = cache.Get(CacheKey, tenant);
            if (index is null || await VersionAsync(connection, tenant, cancellationToken) != index.Version)
            {
                index = await LoadAsync(connection, tenant, cancellationToken);
            }

            var scores = query.Q is null ? null : await TextMatchesAsync(connection, sql, fuzzy: false, order == PortalOrder.Relevance, cancellationToken);
            var match = index.Match(sql.Keys, scores?.Keys);
            if (scores is not null && PortalIndex.CountOf(match) == 0)
            {
                scores = await TextMatchesAsync(connection, sql, fuzzy: true, order == PortalOrder.Relevance, cancellationToken);
                match = index.Match(sql.Keys, scores.Keys);
            }

            return index.Page(match, order, scores, 0, limit);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The database the index comes from: the primary and a read replica each have their own.</summary>
    private string CacheKey => db.Database.GetConnectionString() ?? string.Empty;

    private static PortalOrder OrderOf(PortalQuery query) => (query.Sort ?? (query.Q is null ? "reference" : "relevance")) switch
    {
        "relevance" when query.Q is not null => PortalOrder.Relevance,
        "recent" => PortalOrder.Recent,
        "status" => PortalOrder.Status,
        _ => PortalOrder.Reference,
    };

    private async Task<PortalIndex> LoadAsync(NpgsqlConnection connection, int tenant, CancellationToken cancellationToken)
    {
        // The version first: if the data change between the statements, the index is stored under the
        // older version and made again on the next search, never the other way round.
        await using var batch = new NpgsqlBatch(connection);
        batch.BatchCommands.Add(TenantCommand(VersionSql, tenant));
        batch.BatchCommands.Add(TenantCommand(RowsSql, tenant));
        batch.BatchCommands.Add(TenantCommand(KeysSql, tenant));
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var version = reader.GetInt64(0);
        await reader.NextResultAsync(cancellationToken);
        var rows = new List<PortalIndexRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new PortalIndexRow(reader.GetInt64(0), reader.GetInt32(1), reader.GetInt32(2)));
        }

        await reader.NextResultAsync(cancellationToken);
        var keys = new List<(string Key, long[] Ids)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            keys.Add((reader.GetString(0), reader.GetFieldValue<long[]>(1)));
        }

        var index = new PortalIndex(version, rows, keys);
        cache.Set(CacheKey, tenant, index);
        return index;
    }

    private static async Task<long> VersionAsync(NpgsqlConnection connection, int tenant, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection);
        batch.BatchCommands.Add(TenantCommand(VersionSql, tenant));
        return (long)(await batch.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async Task<Dictionary<long, double>> TextMatchesAsync(NpgsqlConnection connection, PortalSql sql, bool fuzzy, bool scored, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection);
        batch.BatchCommands.Add(sql.Command(sql.TextMatches(fuzzy, scored)));
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        var matches = new Dictionary<long, double>();
        while (await reader.ReadAsync(cancellationToken))
        {
            matches[reader.GetInt64(0)] = reader.GetDouble(1);
        }

        return matches;
    }

    /// <summary>
    /// The index's version in the database, the page's recommendations (none asked, none read) and, given a language, the
    /// names of the tenant's clusters and institutions in it, in one round trip.
    /// </summary>
    private static async Task<(long Version, IReadOnlyList<PortalHit> Hits, IReadOnlyDictionary<string, string> Names)> ReadPageAsync(
        NpgsqlConnection connection, PortalSql sql, IReadOnlyList<long> ids, string? language, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection);
        batch.BatchCommands.Add(sql.Command(VersionSql));
        if (ids.Count > 0)
        {
            var hits = sql.Command(HitsSql);
            hits.Parameters.Add(new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = ids.ToArray() });
            batch.BatchCommands.Add(hits);
        }

        if (language is not null)
        {
            var names = sql.Command(NamesSql);
            names.Parameters.Add(new NpgsqlParameter("lang", NpgsqlDbType.Text) { Value = language });
            batch.BatchCommands.Add(names);
        }

        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var version = reader.GetInt64(0);
        var read = ids.Count > 0 && await reader.NextResultAsync(cancellationToken)
            ? (await ReadHitsAsync(reader, cancellationToken)).ToDictionary(h => h.Id)
            : [];
        var named = new Dictionary<string, string>(StringComparer.Ordinal);
        if (language is not null && await reader.NextResultAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                named[reader.GetString(0)] = Translated.Name(reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2));
            }
        }

        return (version, ids.Where(read.ContainsKey).Select(id => read[id]).ToList(), named);
    }

    private static NpgsqlBatchCommand TenantCommand(string sql, int tenant)
    {
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.Add(new NpgsqlParameter("tenant", NpgsqlDbType.Integer) { Value = tenant });
        return command;
    }

    private static async Task<List<PortalHit>> ReadHitsAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        var items = new List<PortalHit>();
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
        }

        return items;
    }
}
