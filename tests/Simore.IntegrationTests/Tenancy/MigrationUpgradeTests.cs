using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Simore.Core.Auditing;
using Simore.Core.Data;
using Simore.Core.Tenancy;
using Simore.Testing;

namespace Simore.IntegrationTests.Tenancy;

/// <summary>
/// A deployment upgrades a database that holds data. Every migration must apply on top of rows
/// written by the first version (new non-null columns need defaults, new foreign keys need their rows).
/// </summary>
public sealed class MigrationUpgradeTests
{
    [Test]
    public async Task A_database_with_data_from_the_first_version_upgrades_to_the_latest()
    {
        var database = await TestDatabase.CreateAsync(TestEnvironment.Server, "simore_upgrade", migrate: false);
        try
        {
            var builder = new DbContextOptionsBuilder<SimoreDbContext>();
            SimoreDatabase.Configure(builder, database.OwnerConnectionString);
            await using (var context = new SimoreDbContext(builder.Options, new TenantContext(), new SystemUser(), TimeProvider.System))
            {
                var first = context.Database.GetMigrations().First();
                await context.GetService<IMigrator>().MigrateAsync(first);
            }

            await ExecuteAsync(database.OwnerConnectionString, """
                INSERT INTO tenants (id, slug, name, country_code, default_language, enabled_languages, is_active, created_at)
                VALUES (1, 'old', 'Old State', 'SVN', 'en', '{en}', true, now());
                SELECT set_config('simore.tenant_id', '1', false);
                INSERT INTO source_documents (tenant_id, id, symbol, mechanism, body_code) VALUES (1, 1, 'A/HRC/59/15', 'Upr', 'UPR');
                INSERT INTO recommendations (tenant_id, id, document_id, paragraph, sort_key, text, position, recommending_states, created_at, updated_at)
                VALUES (1, 1, 1, '140.7', '000140.000007', 'Ratify the Optional Protocol', 'Supported', '{Maldives}', now(), now());
                """);

            await new DatabaseMigrator(database.Options, NullLogger<DatabaseMigrator>.Instance).MigrateAsync();

            await using var connection = new NpgsqlConnection(database.OwnerConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("""
                SELECT set_config('simore.tenant_id', '1', false);
                SELECT r.text || '|' || (array_length(r.keywords, 1) IS NULL)::text || '|' || d.numbering || '|' || b.code
                FROM recommendations r JOIN source_documents d ON d.tenant_id = r.tenant_id AND d.id = r.document_id JOIN bodies b ON b.code = d.body_code
                """, connection);
            await using var reader = await command.ExecuteReaderAsync();
            await reader.NextResultAsync();
            Assert.That(await reader.ReadAsync(), Is.True);
            Assert.That(reader.GetString(0), Is.EqualTo("Ratify the Optional Protocol|true|Dotted|UPR"));
        }
        finally
        {
            await database.DropAsync();
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
