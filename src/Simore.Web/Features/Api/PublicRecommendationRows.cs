using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Simore.Core.Data;
using Simore.Core.FollowUp;
using Simore.Core.Localization;
using Simore.Core.Network;
using Simore.Core.Registry;

namespace Simore.Web.Features.Api;

/// <summary>One public recommendation with its document, tags and institutions, as one row.</summary>
public sealed record PublicRecommendationRow(
    long Id,
    string Paragraph,
    string Text,
    Position Position,
    ImplementationStatus? Status,
    DateTimeOffset? StatusUpdatedAt,
    IReadOnlyList<string> StateNames,
    string Symbol,
    Mechanism Mechanism,
    string BodyCode,
    int? Cycle,
    int? Session,
    DateOnly? PublishedOn,
    IReadOnlyList<string> States,
    IReadOnlyList<string> Themes,
    IReadOnlyList<string> Groups,
    IReadOnlyList<int> Goals,
    IReadOnlyList<string> Targets,
    IReadOnlyList<(long Id, AssignmentRole Role, string Name)> Institutions);

/// <summary>
/// Reads public recommendations by id in one statement (their tags as arrays), instead of one query
/// per kind of tag: a page of the API or a whole export costs one round trip. Never a merged duplicate.
/// </summary>
public static class PublicRecommendationRows
{
    private const string Sql = """
        SELECT r.id, r.paragraph, r.text, r.position, r.status, r.status_updated_at, r.recommending_states,
               d.symbol, d.mechanism, d.body_code, d.cycle, d.session, d.published_on,
               ARRAY(SELECT x.country_code FROM recommending_states x WHERE x.tenant_id = r.tenant_id AND x.recommendation_id = r.id),
               ARRAY(SELECT x.theme_code FROM recommendation_themes x WHERE x.tenant_id = r.tenant_id AND x.recommendation_id = r.id),
               ARRAY(SELECT x.group_code FROM recommendation_groups x WHERE x.tenant_id = r.tenant_id AND x.recommendation_id = r.id),
               ARRAY(SELECT x.goal FROM recommendation_sdg_goals x WHERE x.tenant_id = r.tenant_id AND x.recommendation_id = r.id),
               ARRAY(SELECT x.target_code FROM recommendation_sdg_targets x WHERE x.tenant_id = r.tenant_id AND x.recommendation_id = r.id),
               ARRAY(SELECT a.institution_id FROM assignments a WHERE a.tenant_id = r.tenant_id AND a.recommendation_id = r.id ORDER BY a.id),
               ARRAY(SELECT a.role FROM assignments a WHERE a.tenant_id = r.tenant_id AND a.recommendation_id = r.id ORDER BY a.id),
               ARRAY(SELECT i.name FROM assignments a JOIN institutions i ON i.tenant_id = a.tenant_id AND i.id = a.institution_id
                     WHERE a.tenant_id = r.tenant_id AND a.recommendation_id = r.id ORDER BY a.id),
               ARRAY(SELECT i.name_translations ->> @lang FROM assignments a JOIN institutions i ON i.tenant_id = a.tenant_id AND i.id = a.institution_id
                     WHERE a.tenant_id = r.tenant_id AND a.recommendation_id = r.id ORDER BY a.id)
        FROM recommendations r JOIN source_documents d ON d.tenant_id = r.tenant_id AND d.id = r.document_id
        WHERE r.tenant_id = @tenant AND r.id = ANY (@ids) AND r.merged_into_id IS NULL
        """;

    public static async Task<Dictionary<long, PublicRecommendationRow>> ReadAsync(SimoreDbContext db, int tenant, IReadOnlyList<long> ids, string language, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand(Sql, (NpgsqlConnection)db.Database.GetDbConnection());
            command.Parameters.Add(new NpgsqlParameter("tenant", NpgsqlDbType.Integer) { Value = tenant });
            command.Parameters.Add(new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = ids.ToArray() });
            command.Parameters.Add(new NpgsqlParameter("lang", NpgsqlDbType.Text) { Value = language });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var rows = new Dictionary<long, PublicRecommendationRow>(ids.Count);
            while (await reader.ReadAsync(cancellationToken))
            {
                var row = Read(reader);
                rows[row.Id] = row;
            }

            return rows;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static PublicRecommendationRow Read(DbDataReader reader)
    {
        var institutionIds = reader.GetFieldValue<long[]>(18);
        var roles = reader.GetFieldValue<string[]>(19);
        var names = reader.GetFieldValue<string[]>(20);
        var translations = reader.GetFieldValue<string?[]>(21);
        return new PublicRecommendationRow(
            reader.GetInt64(0),
            reader.GetString(1),
            reader.GetString(2),
            Enum.Parse<Position>(reader.GetString(3)),
            reader.IsDBNull(4) ? null : Enum.Parse<ImplementationStatus>(reader.GetString(4)),
            reader.IsDBNull(5) ? null : reader.GetFieldValue<DateTimeOffset>(5),
            reader.GetFieldValue<string[]>(6),
            reader.GetString(7),
            Enum.Parse<Mechanism>(reader.GetString(8)),
            reader.GetString(9),
            reader.IsDBNull(10) ? null : reader.GetInt32(10),
            reader.IsDBNull(11) ? null : reader.GetInt32(11),
            reader.IsDBNull(12) ? null : reader.GetFieldValue<DateOnly>(12),
            reader.GetFieldValue<string[]>(13),
            reader.GetFieldValue<string[]>(14),
            reader.GetFieldValue<string[]>(15),
            reader.GetFieldValue<int[]>(16),
            reader.GetFieldValue<string[]>(17),
            institutionIds.Select((id, i) => (id, Enum.Parse<AssignmentRole>(roles[i]), Translated.Name(names[i], translations[i]))).ToList());
    }
}
