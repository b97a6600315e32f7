using System.Text.Json;
using Npgsql;

namespace Simore.Core.Registry.Reference;

/// <summary>
/// Writes the embedded reference data (countries, bodies, UHRI themes and groups, SDGs) into their
/// tables, inserting what is new and updating names that changed. Run by every migration.
/// </summary>
public static class ReferenceDataSeeder
{
    internal static async Task SeedAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var taxonomy = Taxonomy.Instance;
        await using var batch = new NpgsqlBatch(connection);
        foreach (var country in CountryDirectory.Instance.All)
        {
            Add(batch, "INSERT INTO countries (code, iso2, is_un_member, names) VALUES ($1, $2, $3, $4::jsonb) ON CONFLICT (code) DO UPDATE SET iso2 = excluded.iso2, is_un_member = excluded.is_un_member, names = excluded.names",
                country.Iso3, country.Iso2, country.IsUnMember, Json(country.Names));
        }

        foreach (var body in taxonomy.Bodies)
        {
            Add(batch, "INSERT INTO bodies (code, mechanism, numbering, names) VALUES ($1, $2, $3, $4::jsonb) ON CONFLICT (code) DO UPDATE SET mechanism = excluded.mechanism, numbering = excluded.numbering, names = excluded.names",
                body.Code, body.Mechanism.ToString(), body.Numbering.ToString(), Json(body.Names));
        }

        foreach (var theme in taxonomy.Themes)
        {
            Add(batch, "INSERT INTO themes (code, theme_group, names, legacy_codes) VALUES ($1, $2, $3::jsonb, $4) ON CONFLICT (code) DO UPDATE SET theme_group = excluded.theme_group, names = excluded.names, legacy_codes = excluded.legacy_codes",
                theme.Code, theme.Group, Json(theme.Names), theme.LegacyCodes.ToArray());
        }

        foreach (var group in taxonomy.Groups)
        {
            Add(batch, "INSERT INTO person_groups (code, names) VALUES ($1, $2::jsonb) ON CONFLICT (code) DO UPDATE SET names = excluded.names",
                group.Code, Json(group.Names));
        }

        foreach (var goal in taxonomy.Goals)
        {
            Add(batch, "INSERT INTO sdg_goals (number, names, titles) VALUES ($1, $2::jsonb, $3::jsonb) ON CONFLICT (number) DO UPDATE SET names = excluded.names, titles = excluded.titles",
                goal.Number, Json(goal.ShortName), Json(goal.Title));
            foreach (var target in goal.Targets)
            {
                Add(batch, "INSERT INTO sdg_targets (code, goal, texts) VALUES ($1, $2, $3::jsonb) ON CONFLICT (code) DO UPDATE SET goal = excluded.goal, texts = excluded.texts",
                    target.Code, goal.Number, Json(target.Text));
            }
        }

        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The bodies as SQL, for the migration that first references them.</summary>
    public static string BodiesSql() => string.Join(
        Environment.NewLine,
        Taxonomy.Instance.Bodies.Select(b =>
            $"INSERT INTO bodies (code, mechanism, numbering, names) VALUES ({Literal(b.Code)}, {Literal(b.Mechanism.ToString())}, {Literal(b.Numbering.ToString())}, {Literal(Json(b.Names))}::jsonb) ON CONFLICT (code) DO NOTHING;"));

    private static string Literal(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static void Add(NpgsqlBatch batch, string sql, params object[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        batch.BatchCommands.Add(command);
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);
}
