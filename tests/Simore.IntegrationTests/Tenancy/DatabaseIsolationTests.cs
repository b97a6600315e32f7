using Microsoft.EntityFrameworkCore;
using Npgsql;
using Simore.Core.Data;

namespace Simore.IntegrationTests.Tenancy;

/// <summary>
/// Below the app: connected as the application role with raw SQL, row-level security alone keeps
/// tenants apart, whatever the query says.
/// </summary>
public sealed class DatabaseIsolationTests
{
    [Test]
    public async Task With_tenant_A_set_rows_of_B_are_invisible_even_when_asked_for()
    {
        var a = await Fixtures.NewTenantAsync();
        var b = await Fixtures.NewTenantAsync();
        await Fixtures.AddRecommendationsAsync(a, "A one", "A two");
        await Fixtures.AddRecommendationsAsync(b, "B one");
        await using var connection = await OpenAsAppAsync(a.Id);

        var all = await ScalarAsync(connection, "SELECT count(*) FROM recommendations");
        var askedForB = await ScalarAsync(connection, $"SELECT count(*) FROM recommendations WHERE tenant_id = {b.Id}");
        var documentsOfB = await ScalarAsync(connection, $"SELECT count(*) FROM source_documents WHERE tenant_id = {b.Id}");

        Assert.That(all, Is.EqualTo(2));
        Assert.That(askedForB, Is.Zero);
        Assert.That(documentsOfB, Is.Zero);
    }

    [Test]
    public async Task With_tenant_A_set_writing_a_row_for_B_is_refused()
    {
        var a = await Fixtures.NewTenantAsync();
        var b = await Fixtures.NewTenantAsync();
        await using var connection = await OpenAsAppAsync(a.Id);

        var error = Assert.ThrowsAsync<PostgresException>(() => ScalarAsync(connection,
            $"INSERT INTO source_documents (tenant_id, symbol, mechanism, body_code) VALUES ({b.Id}, 'X/1', 'Upr', 'UPR') RETURNING 1"));

        Assert.That(error!.SqlState, Is.EqualTo(PostgresErrorCodes.InsufficientPrivilege));
        Assert.That(error.MessageText, Does.Contain("row-level security"));
    }

    [Test]
    public async Task Moving_a_row_to_another_tenant_is_refused()
    {
        var a = await Fixtures.NewTenantAsync();
        var b = await Fixtures.NewTenantAsync();
        await Fixtures.AddRecommendationsAsync(a, "A one");
        await using var connection = await OpenAsAppAsync(a.Id);

        Assert.ThrowsAsync<PostgresException>(() => ScalarAsync(connection, $"UPDATE source_documents SET tenant_id = {b.Id} RETURNING 1"));
    }

    [Test]
    public async Task Without_a_tenant_set_nothing_is_visible()
    {
        var a = await Fixtures.NewTenantAsync();
        await Fixtures.AddRecommendationsAsync(a, "A one");
        await using var connection = new NpgsqlConnection(TestEnvironment.Database.AppConnectionString);
        await connection.OpenAsync();

        Assert.That(await ScalarAsync(connection, "SELECT count(*) FROM recommendations"), Is.Zero);
        Assert.That(await ScalarAsync(connection, "SELECT count(*) FROM memberships"), Is.Zero);
    }

    [Test]
    public async Task The_application_role_cannot_turn_row_level_security_off()
    {
        await using var connection = new NpgsqlConnection(TestEnvironment.Database.AppConnectionString);
        await connection.OpenAsync();

        var error = Assert.ThrowsAsync<PostgresException>(() => ScalarAsync(connection, "ALTER TABLE recommendations DISABLE ROW LEVEL SECURITY"));

        Assert.That(error!.SqlState, Is.EqualTo(PostgresErrorCodes.InsufficientPrivilege));
    }

    [Test]
    public async Task A_pooled_connection_does_not_keep_the_previous_tenant()
    {
        var a = await Fixtures.NewTenantAsync();
        await Fixtures.AddRecommendationsAsync(a, "A one");

        // The app's context sets tenant A on a pooled connection, then returns it to the pool.
        var seenByA = await Fixtures.InTenantAsync(a, async (_, db) =>
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            await db.Database.OpenConnectionAsync();
            command.CommandText = "SELECT count(*) FROM recommendations";
            var count = (long)(await command.ExecuteScalarAsync())!;
            await db.Database.CloseConnectionAsync();
            return count;
        });

        // A context with no tenant opens a connection from the same pool: it must see nothing.
        using var scope = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.CreateScope(TestEnvironment.App.Services);
        var db = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<SimoreDbContext>(scope.ServiceProvider);
        await db.Database.OpenConnectionAsync();
        await using var probe = db.Database.GetDbConnection().CreateCommand();
        probe.CommandText = "SELECT count(*) FROM recommendations";
        var seenWithout = (long)(await probe.ExecuteScalarAsync())!;

        Assert.That(seenByA, Is.EqualTo(1));
        Assert.That(seenWithout, Is.Zero);
    }

    private static async Task<NpgsqlConnection> OpenAsAppAsync(int tenantId)
    {
        var connection = new NpgsqlConnection(TestEnvironment.Database.AppConnectionString);
        await connection.OpenAsync();
        await using var command = TenantConnectionInterceptor.CreateCommand(connection, tenantId);
        await command.ExecuteNonQueryAsync();
        return connection;
    }

    private static async Task<long> ScalarAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
