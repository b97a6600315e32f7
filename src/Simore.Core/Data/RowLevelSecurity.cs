using Microsoft.EntityFrameworkCore.Migrations;

namespace Simore.Core.Data;

/// <summary>
/// The database half of tenant isolation. Every tenant-owned table gets a policy that shows and
/// accepts only rows of the tenant set on the connection; FORCE applies it to the table owner too.
/// </summary>
public static class RowLevelSecurity
{
    public const string CurrentTenantFunction = "simore_current_tenant";

    public static void CreateCurrentTenantFunction(this MigrationBuilder migration)
    {
        migration.Sql($"""
            CREATE OR REPLACE FUNCTION {CurrentTenantFunction}() RETURNS integer
            LANGUAGE sql STABLE PARALLEL SAFE
            AS $$ SELECT NULLIF(current_setting('{TenantConnectionInterceptor.SettingName}', true), '')::integer $$;
            """);
    }

    public static void EnableTenantRowLevelSecurity(this MigrationBuilder migration, string table)
    {
        migration.Sql($"""
            ALTER TABLE {table} ENABLE ROW LEVEL SECURITY;
            ALTER TABLE {table} FORCE ROW LEVEL SECURITY;
            CREATE POLICY tenant_isolation ON {table}
                USING (tenant_id = {CurrentTenantFunction}())
                WITH CHECK (tenant_id = {CurrentTenantFunction}());
            """);
    }

    /// <summary>
    /// Runs <paramref name="statement"/> once per tenant with that tenant set, so that row-level
    /// security lets it read and write the tenant's rows (backfills in migrations); in it, t is the
    /// tenant's id.
    /// </summary>
    public static void ForEachTenant(this MigrationBuilder migration, string statement)
    {
        migration.Sql($"""
            DO $$
            DECLARE t integer;
            BEGIN
                FOR t IN SELECT id FROM tenants LOOP
                    PERFORM set_config('{TenantConnectionInterceptor.SettingName}', t::text, true);
                    {statement}
                END LOOP;
                PERFORM set_config('{TenantConnectionInterceptor.SettingName}', '', true);
            END
            $$;
            """);
    }
}
