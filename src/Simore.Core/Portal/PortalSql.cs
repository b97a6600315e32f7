using System.Globalization;
using System.Text;
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

    public PortalSql(PortalQuery query, int tenantId)
    {
        var where = new StringBuilder("r.tenant_id = @tenant AND r.merged_into_id IS NULL");
        Add("tenant", tenantId, NpgsqlDbType.Integer);
        if (query.Q is { } q)
        {
            Add("q", q, NpgsqlDbType.Text);
            Add("lang", query.Language, NpgsqlDbType.Text);
            where.Append(" AND (r.search_vector @@ (websearch_to_tsquery('english', @q) || websearch_to_tsquery('simple', @q) || websearch_to_tsquery(simore_search_config(@lang), @q)) OR @q <% r.text)");
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

    public NpgsqlBatchCommand Command(string sql)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var (name, value, type) in _parameters)
        {
            command.Parameters.Add(new NpgsqlParameter(name, type) { Value = value });
        }

        return command;
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
