using System.Data.Common;
using Simore.Core.Registry;

namespace Simore.Core.Portal;

/// <summary>How a related recommendation is known to be related.</summary>
public enum RelatedKind
{
    /// <summary>The same recommendation in an earlier cycle, confirmed by the administrator.</summary>
    PreviouslyRecommended = 1,

    /// <summary>The same concern from another mechanism, confirmed by the administrator.</summary>
    Related = 2,

    /// <summary>Close wording found by the search, not (yet) confirmed by anyone.</summary>
    Similar = 3,
}

public sealed record RelatedRecommendation(long Id, string Symbol, string Paragraph, string Text, Mechanism Mechanism, string BodyCode, int? Cycle, RelatedKind Kind);

/// <summary>
/// The recommendations the public sees beside one: links the administrator confirmed (earlier cycles,
/// other mechanisms), then the links proposed for close wording that nobody has rejected. Read with
/// the rest of the public page in one batch: <see cref="Sql"/> is one of its commands.
/// </summary>
public static class RelatedRecommendations
{
    /// <summary>
    /// The links the import proposed by similarity (and the administrator confirmed or left open), with
    /// the other recommendation of each, unless it was merged into another: read from the table, so the
    /// public page never runs a similarity search across the tenant. Parameters: @tenant, @id.
    /// </summary>
    public const string Sql = """
        SELECT o.id, d.symbol, o.paragraph, o.text, d.mechanism, d.body_code, d.cycle, l.kind, l.status, l.score
        FROM recommendation_links l
        JOIN recommendations o ON o.tenant_id = l.tenant_id AND o.id = CASE WHEN l.from_id = @id THEN l.to_id ELSE l.from_id END
        JOIN source_documents d ON d.tenant_id = o.tenant_id AND d.id = o.document_id
        WHERE l.tenant_id = @tenant AND (l.from_id = @id OR l.to_id = @id)
          AND l.status <> 'Rejected' AND l.kind <> 'Duplicate' AND o.merged_into_id IS NULL
        ORDER BY l.id
        """;

    /// <summary>Reads the result of <see cref="Sql"/>: each recommendation once (by its first link), best first.</summary>
    public static async Task<IReadOnlyList<RelatedRecommendation>> ReadAsync(DbDataReader reader, int limit = 8, CancellationToken cancellationToken = default)
    {
        var found = new List<(RelatedRecommendation Item, double? Score)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = reader.GetInt64(0);
            if (found.Exists(f => f.Item.Id == id))
            {
                continue;
            }

            var kind = Enum.Parse<LinkKind>(reader.GetString(7));
            var kindOfRelation = Enum.Parse<LinkStatus>(reader.GetString(8)) != LinkStatus.Confirmed
                ? RelatedKind.Similar
                : kind == LinkKind.PreviouslyRecommended ? RelatedKind.PreviouslyRecommended : RelatedKind.Related;
            found.Add((new RelatedRecommendation(
                id,
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                Enum.Parse<Mechanism>(reader.GetString(4)),
                reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetInt32(6),
                kindOfRelation), reader.IsDBNull(9) ? null : reader.GetDouble(9)));
        }

        return found
            .OrderBy(x => x.Item.Kind).ThenByDescending(x => x.Score).ThenBy(x => x.Item.Cycle).ThenBy(x => x.Item.Symbol, StringComparer.Ordinal)
            .Take(limit)
            .Select(x => x.Item)
            .ToList();
    }
}
