using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Simore.Core.Data;
using Simore.Core.Tenancy;

namespace Simore.IntegrationTests.Tenancy;

/// <summary>
/// The shape every tenant-owned table must have, checked on the migrated database: tenant_id first in
/// the primary key and in every foreign key to another tenant table, and row-level security on and
/// forced. A new table that forgets any of this fails here.
/// </summary>
public sealed class SchemaTests
{
    [Test]
    public async Task Every_tenant_owned_entity_has_a_table_with_tenant_id_leading_its_primary_key()
    {
        var tables = TenantTablesOfTheModel();
        var keys = await QueryAsync("""
            SELECT c.relname, a.attname
            FROM pg_index i
            JOIN pg_class c ON c.oid = i.indrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
            JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = i.indkey[0]
            WHERE i.indisprimary
            """);
        var leading = keys.ToDictionary(r => r[0], r => r[1]);

        Assert.That(tables, Is.Not.Empty);
        foreach (var table in tables)
        {
            Assert.That(leading.GetValueOrDefault(table), Is.EqualTo("tenant_id"), $"primary key of {table}");
        }
    }

    [Test]
    public async Task Every_table_with_a_tenant_id_has_row_level_security_enabled_forced_and_a_policy()
    {
        var rows = await QueryAsync("""
            SELECT c.relname, c.relrowsecurity::text, c.relforcerowsecurity::text,
                   (SELECT count(*) FROM pg_policy p WHERE p.polrelid = c.oid)::text
            FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
            JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped
            WHERE c.relkind = 'r'
            """);
        var modelTables = TenantTablesOfTheModel().Concat(TenantTablesOutsideTheModel);

        Assert.That(rows.Select(r => r[0]), Is.EquivalentTo(modelTables), "tables with tenant_id are exactly the tenant-owned entities and the known derived tables");
        foreach (var row in rows)
        {
            Assert.That((row[1], row[2]), Is.EqualTo(("true", "true")), $"row-level security on {row[0]}");
            Assert.That(int.Parse(row[3], System.Globalization.CultureInfo.InvariantCulture), Is.GreaterThan(0), $"policy on {row[0]}");
        }
    }

    [Test]
    public async Task Foreign_keys_between_tenant_tables_include_tenant_id()
    {
        var tenantTables = TenantTablesOfTheModel().ToHashSet();
        var rows = await QueryAsync("""
            SELECT src.relname, dst.relname,
                   (SELECT string_agg(a.attname, ',' ORDER BY a.attnum) FROM pg_attribute a WHERE a.attrelid = src.oid AND a.attnum = ANY (con.conkey))
            FROM pg_constraint con
            JOIN pg_class src ON src.oid = con.conrelid
            JOIN pg_class dst ON dst.oid = con.confrelid
            JOIN pg_namespace n ON n.oid = src.relnamespace AND n.nspname = 'public'
            WHERE con.contype = 'f'
            """);
        var between = rows.Where(r => tenantTables.Contains(r[0]) && tenantTables.Contains(r[1])).ToList();

        Assert.That(between, Is.Not.Empty);
        foreach (var row in between)
        {
            Assert.That(row[2].Split(','), Does.Contain("tenant_id"), $"foreign key {row[0]} -> {row[1]}");
        }
    }

    /// <summary>Tenant tables kept by triggers, outside the EF Core model (the search's facet keys, their queue and the version of the search index).</summary>
    private static readonly string[] TenantTablesOutsideTheModel = ["recommendation_facets", "recommendation_facets_pending", "portal_versions"];

    private static List<string> TenantTablesOfTheModel()
    {
        using var scope = TestEnvironment.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SimoreDbContext>();
        return db.Model.GetEntityTypes()
            .Where(e => typeof(ITenantOwned).IsAssignableFrom(e.ClrType))
            .Select(e => e.GetTableName()!)
            .Distinct()
            .ToList();
    }

    private static async Task<List<string[]>> QueryAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(TestEnvironment.Database.OwnerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string[]>();
        while (await reader.ReadAsync())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? string.Empty : reader.GetValue(i).ToString()!).ToArray());
        }

        return rows;
    }
}
