using Hangfire.PostgreSql;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;
using Simore.Core.Tenancy;

namespace Simore.Core.Data;

/// <summary>
/// Brings a database to the current schema as the owner role: EF Core migrations (each in a
/// transaction, so a failed one leaves the schema as it was), Hangfire's schema, and the grants
/// that let the application role read and write without owning anything.
/// </summary>
public sealed class DatabaseMigrator(DatabaseOptions options, ILogger<DatabaseMigrator> logger)
{
    public const string HangfireSchema = "hangfire";

    public static readonly TimeSpan MigrationCommandTimeout = TimeSpan.FromHours(1);

    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        var ownerConnection = options.MigrationsConnectionString ?? options.ConnectionString;
        var owner = new NpgsqlConnectionStringBuilder(ownerConnection);
        var app = new NpgsqlConnectionStringBuilder(options.ConnectionString);

        var builder = new DbContextOptionsBuilder<SimoreDbContext>();
        SimoreDatabase.Configure(builder, ownerConnection);
        await using (var db = new SimoreDbContext(builder.Options, new TenantContext(), new Auditing.SystemUser("migrations"), TimeProvider.System))
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            logger.LogInformation("Applying {Count} migration(s) to {Database}", pending.Count, owner.Database);

            // Some migrations fill a new column for every existing row (search vectors, facet keys): on a
            // large database that takes minutes, not the 30 seconds a query is normally allowed.
            db.Database.SetCommandTimeout(MigrationCommandTimeout);
            await db.Database.MigrateAsync(cancellationToken);
        }

        await using var connection = new NpgsqlConnection(ownerConnection);
        await connection.OpenAsync(cancellationToken);
        PostgreSqlObjectsInstaller.Install(connection, HangfireSchema);
        await Registry.Reference.ReferenceDataSeeder.SeedAsync(connection, cancellationToken);

        if (!string.IsNullOrEmpty(app.Username) && !string.Equals(app.Username, owner.Username, StringComparison.Ordinal))
        {
            await GrantAsync(connection, app.Username, cancellationToken);
        }
        else
        {
            logger.LogWarning(
                "The application connects as the owner role {Role}; row-level security still applies (FORCE), but use a separate role in production.",
                owner.Username);
        }
    }

    private static async Task GrantAsync(NpgsqlConnection connection, string role, CancellationToken cancellationToken)
    {
        var quoted = QuoteIdentifier(role);
        var sql = $"""
            GRANT USAGE ON SCHEMA public TO {quoted};
            GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {quoted};
            REVOKE INSERT, UPDATE, DELETE ON "__EFMigrationsHistory" FROM {quoted};
            GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {quoted};
            GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO {quoted};
            GRANT USAGE ON SCHEMA {HangfireSchema} TO {quoted};
            GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {HangfireSchema} TO {quoted};
            GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA {HangfireSchema} TO {quoted};
            """;
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string QuoteIdentifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
