using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Npgsql;
using NpgsqlTypes;

namespace Simore.Core.Portal;

/// <summary>
/// The WHERE clause of a public search, with its parameters. Only public data: recommendations that
/// are not merged duplicates; the follow-up text in the search vector is published follow-up only.
/// </summary>
internal sealed class PortalSql
{
    private readonly List<(string Name, object Value, NpgsqlDbType Type)> _parameters = [];

    /// <summary>
    /// The words of the query, stemmed in English and in the reader's language, plus every word as a
    /// prefix ("traffick" finds "trafficking") unless the query uses quotes or exclusions.
    /// </summary>
    public string TextQuery { get; } = "NULL::tsquery";

    /// <param name="fuzzy">
    /// Trigram word similarity instead of full text: for a query whose words are misspelt. It reads every
    /// recommendation of the tenant, so it is only the fallback when full text finds nothing.
    /// </param>
    public PortalSql(PortalQuery query, int tenantId, bool fuzzy = false)
    {
        var where = new StringBuilder("r.tenant_id = @tenant AND r.merged_into_id IS NULL");
        Add("tenant", tenantId, NpgsqlDbType.Integer);
        if (query.Q is { } q)
        {
            Add("q", q, NpgsqlDbType.Text);
            Add("lang", query.Language, NpgsqlDbType.Text);
            var prefix = PrefixQuery(q);
            TextQuery = "(websearch_to_tsquery('english', @q) || websearch_to_tsquery(simore_search_config(@lang), @q)"
                + (prefix.Length > 0 ? " || to_tsquery('simple', @prefix))" : ")");
            if (prefix.Length > 0)
            {
                Add("prefix", prefix, NpgsqlDbType.Text);
            }

            where.Append(fuzzy ? " AND @q <% r.text" : " AND r.search_vector @@ " + TextQuery);
        }

        Condition(where, query.Year, "year", NpgsqlDbType.Integer, "extract(year FROM d.published_on) = @year");
        Condition(where, query.Cycle, "cycle", NpgsqlDbType.Integer, "d.cycle = @cycle");
        Condition(where, query.Mechanism?.ToString(), "mechanism", NpgsqlDbType.Text, "d.mechanism = @mechanism");
        Condition(where, query.Body, "body", NpgsqlDbType.Text, "d.body_code = @body");
        Condition(where, query.State?.ToUpperInvariant(), "state", NpgsqlDbType.Text, "EXISTS (SELECT 1 FROM recommending_states x WHERE x.tenant_id = r.tenant_id AND x.recommendation_id = r.id AND x.country_code = @state)");
        Condition(where, query.Theme, "theme", NpgsqlDbType.Text, "EXISTS (SELECT 1 FROM recommendation_themes x WHERE x.tenant_id = r.tenant_id AND x.recommendation_id = r.id AND x.theme_code = @theme)");
        Condition(where, query.Group, "grp", NpgsqlDbType.Text, "EXISTS (SELECT 1 FROM recommendation_groups x WHERE x.tenant_id = r.tenant_id AND x.recommendation_id = r.id AND x.group_code = @grp)");
        Condition(where, query.Cluster, "cluster", NpgsqlDbType.Bigint, "r.cluster_id = @cluster");
        Condition(where, query.Sdg, "sdg", NpgsqlDbType.Integer,
            "(EXISTS (SELECT 1 FROM recommendation_sdg_goals x WHERE x.tenant_id = r.tenant_id AND x.recommendation_id = r.id AND x.goal = @sdg)" +
            " OR EXISTS (SELECT 1 FROM recommendation_sdg_targets x WHERE x.tenant_id = r.tenant_id AND x.recommendation_id = r.id AND split_part(x.target_code, '.', 1) = @sdg::text))");
        Condition(where, query.Target?.ToLowerInvariant(), "target", NpgsqlDbType.Text, "EXISTS (SELECT 1 FROM recommendation_sdg_targets x WHERE x.tenant_id = r.tenant_id AND x.recommendation_id = r.id AND x.target_code = @target)");
        Condition(where, query.Institution, "institution", NpgsqlDbType.Bigint, "EXISTS (SELECT 1 FROM assignments x WHERE x.tenant_id = r.tenant_id AND x.recommendation_id = r.id AND x.institution_id = @institution)");
        Condition(where, query.Position?.ToString(), "position", NpgsqlDbType.Text, "r.position = @position");
        if (query.NoInformation)
        {
            where.Append(" AND r.status IS NULL");
        }
        else
        {
            Condition(where, query.StatusValue?.ToString(), "status", NpgsqlDbType.Text, "r.status = @status");
        }

        Where = where.ToString();
    }

    public string Where { get; }

    public const string From = "recommendations r JOIN source_documents d ON d.tenant_id = r.tenant_id AND d.id = r.document_id";

    /// <summary>Each recommendation's SDG goals, its targets' goals included: a recommendation tagged 5.3 counts under goal 5.</summary>
    public const string SdgGoals =
        "(SELECT recommendation_id, goal FROM recommendation_sdg_goals WHERE tenant_id = @tenant" +
        " UNION SELECT recommendation_id, split_part(target_code, '.', 1)::int FROM recommendation_sdg_targets WHERE tenant_id = @tenant)";

    public NpgsqlBatchCommand Command(string sql)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var (name, value, type) in _parameters)
        {
            command.Parameters.Add(new NpgsqlParameter(name, type) { Value = value });
        }

        return command;
    }

    /// <summary>"roma child" → "roma:* &amp; child:*"; empty (matching nothing) when the query has operators of its own.</summary>
    internal static string PrefixQuery(string q)
    {
        if (q.Contains('"', StringComparison.Ordinal) || q.StartsWith('-') || q.Contains(" -", StringComparison.Ordinal) || q.Contains(" or ", StringComparison.OrdinalIgnoreCase))
        {
            return string.Empty;
        }

        var words = Regex.Matches(q, @"[\p{L}\p{N}]+").Select(m => m.Value + ":*").Take(8);
        return string.Join(" & ", words);
    }

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private void Condition<T>(StringBuilder where, T? value, string name, NpgsqlDbType type, string sql)
    {
        if (value is null || (value is string text && string.IsNullOrWhiteSpace(text)))
        {
            return;
        }

        Add(name, value, type);
        where.Append(" AND ").Append(sql);
    }

    private void Add(string name, object value, NpgsqlDbType type) => _parameters.Add((name, value, type));
}
