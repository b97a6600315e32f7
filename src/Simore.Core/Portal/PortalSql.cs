using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Npgsql;
using NpgsqlTypes;

namespace Simore.Core.Portal;

/// <summary>
/// The parts of a public search that are SQL: the full-text (or, for misspelt words, trigram) match of
/// its words over the public recommendations of one tenant, with parameters; and the facet keys its
/// filters require, which the in-memory <see cref="PortalIndex"/> tests. Only public data: merged
/// duplicates never match, and the follow-up text in the search vector is published follow-up only.
/// </summary>
internal sealed class PortalSql
{
    private readonly List<(string Name, object Value, NpgsqlDbType Type)> _parameters = [];

    public PortalSql(PortalQuery query, int tenantId)
    {
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
        }

        var keys = new List<string>();
        Key(keys, "year", query.Year);
        Key(keys, "cycle", query.Cycle);
        Key(keys, "mechanism", query.Mechanism?.ToString());
        Key(keys, "body", query.Body);
        Key(keys, "state", query.State?.ToUpperInvariant());
        Key(keys, "theme", query.Theme);
        Key(keys, "group", query.Group);
        Key(keys, "cluster", query.Cluster);
        Key(keys, "sdg", query.Sdg);
        Key(keys, "target", query.Target?.ToLowerInvariant());
        Key(keys, "institution", query.Institution);
        Key(keys, "position", query.Position?.ToString());
        Key(keys, "status", query.NoInformation ? "none" : query.StatusValue?.ToString());
        Keys = keys;
    }

    /// <summary>
    /// The words of the query, stemmed in English and in the reader's language, plus every word as a
    /// prefix ("traffick" finds "trafficking") unless the query uses quotes or exclusions.
    /// </summary>
    public string TextQuery { get; } = "NULL::tsquery";

    /// <summary>The facet keys every match must carry ("cycle:4", "state:FRA", "target:5.2", …).</summary>
    public IReadOnlyList<string> Keys { get; }

    /// <summary>
    /// The ids of the public recommendations whose text or published follow-up matches the words, with
    /// their relevance when <paramref name="scored"/>.
    /// </summary>
    /// <param name="fuzzy">
    /// Trigram word similarity instead of full text: for a query whose words are misspelt. It reads every
    /// recommendation of the tenant, so it is only the fallback when full text finds nothing.
    /// </param>
    public string TextMatches(bool fuzzy, bool scored) => fuzzy
        ? $"SELECT r.id, {(scored ? "word_similarity(@q, r.text)" : "0")}::float8 FROM recommendations r WHERE r.tenant_id = @tenant AND r.merged_into_id IS NULL AND @q <% r.text"
        : $"SELECT r.id, {(scored ? "ts_rank(r.search_vector, " + TextQuery + ")" : "0")}::float8 FROM recommendations r WHERE r.tenant_id = @tenant AND r.merged_into_id IS NULL AND r.search_vector @@ {TextQuery}";

    /// <summary>
    /// A recommendation, its document and its facet keys ("cycle:4", "state:FRA", "sdg:5" also for a
    /// target of goal 5, …), kept by triggers in recommendation_facets.
    /// </summary>
    public const string From = "recommendations r JOIN source_documents d ON d.tenant_id = r.tenant_id AND d.id = r.document_id"
        + " JOIN recommendation_facets f ON f.tenant_id = r.tenant_id AND f.recommendation_id = r.id";

    public NpgsqlBatchCommand Command(string sql)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var (name, value, type) in _parameters)
        {
            if (sql.Contains("@" + name, StringComparison.Ordinal))
            {
                command.Parameters.Add(new NpgsqlParameter(name, type) { Value = value });
            }
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

    private static void Key<T>(List<string> keys, string facet, T? value)
    {
        var text = value switch
        {
            null => null,
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };
        if (!string.IsNullOrWhiteSpace(text))
        {
            keys.Add(facet + ":" + text);
        }
    }

    private void Add(string name, object value, NpgsqlDbType type) => _parameters.Add((name, value, type));
}
