using System.Diagnostics;
using System.Security.Cryptography;
using Npgsql;
using Simore.Testing;

namespace Simore.IntegrationTests.Operations;

public sealed record ScriptResult(int ExitCode, string Output, string Error);

/// <summary>
/// Runs deploy/backup.sh and deploy/restore.sh as an operator would, against the test server, and
/// measures databases and file folders so that a backup and its restore can be compared.
/// </summary>
public static class BackupScripts
{
    public static async Task<ScriptResult> RunAsync(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo("bash")
        {
            WorkingDirectory = RepositoryFiles.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(RepositoryFiles.Root, "deploy", script));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("bash could not be started.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var result = new ScriptResult(process.ExitCode, await output, await error);
        TestContext.Progress.WriteLine($"{script} {string.Join(' ', arguments.Where(a => !a.Contains("password", StringComparison.Ordinal)))} -> {result.ExitCode}");
        return result;
    }

    /// <summary>Runs a script and fails the test, with what it printed, unless it succeeds.</summary>
    public static async Task<string> SucceedAsync(string script, params string[] arguments)
    {
        var result = await RunAsync(script, arguments);
        Assert.That(result.ExitCode, Is.Zero, $"{script} failed:\n{result.Error}\n{result.Output}");
        return result.Output.Trim().Split('\n')[^1];
    }

    /// <summary>The Npgsql connection string as a libpq one, which psql and pg_dump read.</summary>
    public static string Libpq(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var parts = new List<string>
        {
            Pair("host", builder.Host!),
            Pair("port", builder.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Pair("user", builder.Username!),
            Pair("dbname", builder.Database!),
        };
        if (!string.IsNullOrEmpty(builder.Password))
        {
            parts.Add(Pair("password", builder.Password));
        }

        return string.Join(' ', parts);

        static string Pair(string key, string value) => $"{key}='{value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal)}'";
    }

    /// <summary>Every tenant-owned table: those with a tenant_id column (the schema tests hold the model to it).</summary>
    public static async Task<List<string>> TenantTablesAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction = null) =>
        await ListAsync(connection, transaction, """
            SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
            WHERE c.relkind = 'r' AND EXISTS (SELECT FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped)
            ORDER BY 1
            """);

    /// <summary>
    /// Per tenant table, the number of the tenant's rows and an md5 of them in order, without the
    /// tenant's id (it may change in a restore) and with file keys' leading tenant id neutralised; of
    /// the search index's version, only whether there is one.
    /// </summary>
    public static async Task<SortedDictionary<string, string>> TenantFingerprintAsync(NpgsqlConnection connection, long tenantId, NpgsqlTransaction? transaction = null)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var table in await TenantTablesAsync(connection, transaction))
        {
            if (table == "portal_versions")
            {
                // A restore takes a new version on purpose (a version never comes back): only its presence counts.
                result[table] = await ScalarAsync(connection, transaction, $"SELECT count(*)::text FROM public.portal_versions WHERE tenant_id = {tenantId}");
                continue;
            }

            result[table] = await ScalarAsync(connection, transaction, $"""
                SELECT count(*) || ' ' || coalesce(md5(string_agg(r, E'\n' ORDER BY r)), '-')
                FROM (SELECT regexp_replace((to_jsonb(t) - 'tenant_id')::text, '"storage_key": "[0-9]+/', '"storage_key": "T/', 'g') AS r
                      FROM public."{table}" t WHERE t.tenant_id = {tenantId}) x
                """);
        }

        result["tenants"] = await ScalarAsync(connection, transaction, $"SELECT md5((to_jsonb(t) - 'id' - 'slug')::text) FROM public.tenants t WHERE id = {tenantId}");
        return result;
    }

    /// <summary>Per table of the public and hangfire schemas: row count and an md5 of all rows in order.</summary>
    public static async Task<SortedDictionary<string, string>> DatabaseFingerprintAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction = null)
    {
        var tables = await ListAsync(connection, transaction, """
            SELECT format('%I.%I', n.nspname, c.relname) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p') AND n.nspname IN ('public', 'hangfire') ORDER BY 1
            """);
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            result[table] = await ScalarAsync(connection, transaction, $"SELECT count(*) || ' ' || coalesce(md5(string_agg(t::text, E'\\n' ORDER BY t::text)), '-') FROM {table} t");
        }

        return result;
    }

    /// <summary>SHA-256 of every file under a folder, by path relative to it.</summary>
    public static SortedDictionary<string, string> FileHashes(string folder)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (!Directory.Exists(folder))
        {
            return result;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            using var stream = File.OpenRead(file);
            result[Path.GetRelativePath(folder, file).Replace('\\', '/')] = Convert.ToHexString(SHA256.HashData(stream));
        }

        return result;
    }

    public static async Task<string> ScalarAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        return (await command.ExecuteScalarAsync())?.ToString() ?? string.Empty;
    }

    public static async Task<List<string>> ListAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    public static async Task<NpgsqlConnection> OpenAsync(string connectionString)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return connection;
    }
}
