using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Simore.Core.Data;

namespace Simore.Testing;

/// <summary>
/// A database built by the real migrations, with the same two roles as production: an owner that
/// migrates and an application role that does not own the tables (so row-level security binds it).
/// </summary>
public sealed class TestDatabase
{
    public const string OwnerRole = "simore_test_owner";
    public const string AppRole = "simore_test_app";
    private const string Password = "simore-test";

    private TestDatabase(PostgresServer server, string name)
    {
        Server = server;
        Name = name;
        var builder = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = name };
        SuperuserConnectionString = builder.ConnectionString;
        OwnerConnectionString = With(builder, OwnerRole);
        AppConnectionString = With(builder, AppRole);
    }

    public PostgresServer Server { get; }

    public string Name { get; }

    public string SuperuserConnectionString { get; }

    public string OwnerConnectionString { get; }

    public string AppConnectionString { get; }

    public DatabaseOptions Options => new()
    {
        ConnectionString = SimoreDatabase.Normalize(AppConnectionString),
        MigrationsConnectionString = SimoreDatabase.Normalize(OwnerConnectionString),
    };

    public static async Task<TestDatabase> CreateAsync(PostgresServer server, string prefix, bool migrate = true)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(60, prefix.Length + 33)];
        await using (var connection = new NpgsqlConnection(server.ConnectionString))
        {
            await connection.OpenAsync();
            await ExecuteAsync(connection, $"""
                SELECT pg_advisory_lock(4242);
                DO $$
                BEGIN
                  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{OwnerRole}') THEN CREATE ROLE {OwnerRole} LOGIN PASSWORD '{Password}'; END IF;
                  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{AppRole}') THEN CREATE ROLE {AppRole} LOGIN PASSWORD '{Password}'; END IF;
                END
                $$;
                SELECT pg_advisory_unlock(4242);
                """);
            await ExecuteAsync(connection, $"CREATE DATABASE {name} OWNER {OwnerRole}");
        }

        var database = new TestDatabase(server, name);
        if (migrate)
        {
            await new DatabaseMigrator(database.Options, NullLogger<DatabaseMigrator>.Instance).MigrateAsync();
        }

        return database;
    }

    public async Task DropAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(Server.ConnectionString);
        await connection.OpenAsync();
        await ExecuteAsync(connection, $"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
    }

    private static string With(NpgsqlConnectionStringBuilder builder, string role) =>
        new NpgsqlConnectionStringBuilder(builder.ConnectionString) { Username = role, Password = Password }.ConnectionString;

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
