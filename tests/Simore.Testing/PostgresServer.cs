using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using DotNet.Testcontainers.Builders;
using Npgsql;
using Testcontainers.PostgreSql;

namespace Simore.Testing;

/// <summary>
/// A PostgreSQL server for the tests, where the connecting role may create roles and databases.
/// In order: SIMORE_TEST_DB; a Testcontainers container when a Docker engine answers; a throwaway
/// cluster from the local PostgreSQL binaries, removed afterwards. Never a silent skip.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private readonly Func<ValueTask>? _dispose;

    private PostgresServer(string connectionString, string source, Func<ValueTask>? dispose)
    {
        ConnectionString = connectionString;
        Source = source;
        _dispose = dispose;
    }

    /// <summary>A superuser connection to the server's "postgres" database.</summary>
    public string ConnectionString { get; }

    public string Source { get; }

    /// <summary>A server someone else runs and stops (a test's own cluster): nothing is done to it on dispose.</summary>
    public static PostgresServer At(string connectionString, string source) => new(connectionString, source, null);

    public static async Task<PostgresServer> StartAsync()
    {
        var configured = Environment.GetEnvironmentVariable("SIMORE_TEST_DB");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new PostgresServer(configured, "SIMORE_TEST_DB", null);
        }

        var container = await TryContainerAsync();
        if (container is not null)
        {
            return container;
        }

        return await LocalClusterAsync() ?? throw new InvalidOperationException(
            "No PostgreSQL server for the tests. Set SIMORE_TEST_DB to a connection string of a role that can create roles and databases, " +
            "or make a Docker engine available, or install the PostgreSQL server binaries (Debian: apt-get install postgresql).");
    }

    public async ValueTask DisposeAsync()
    {
        if (_dispose is not null)
        {
            await _dispose();
        }
    }

    private static async Task<PostgresServer?> TryContainerAsync()
    {
        try
        {
            var container = new PostgreSqlBuilder("postgres:16-alpine").Build();
            await container.StartAsync();
            return new PostgresServer(container.GetConnectionString(), "Testcontainers", () => container.DisposeAsync());
        }
        catch (Exception e) when (e is DockerUnavailableException or InvalidOperationException or HttpRequestException or TimeoutException)
        {
            return null;
        }
    }

    private static async Task<PostgresServer?> LocalClusterAsync()
    {
        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0)
                .FirstOrDefault()
            : null;
        if (bin is null)
        {
            return null;
        }

        var root = Path.Combine(Path.GetTempPath(), "simore-test-pg-" + Guid.NewGuid().ToString("N")[..12]);
        var data = Path.Combine(root, "data");
        Directory.CreateDirectory(data);
        var asRoot = Environment.UserName == "root" && !OperatingSystem.IsWindows();
        if (asRoot && !OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(root, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
            await RunAsync("chown", ["postgres:postgres", data]);
        }

        await RunAsPostgresAsync(asRoot, Path.Combine(bin, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]);
        var port = FreePort();
        await RunAsPostgresAsync(asRoot, Path.Combine(bin, "pg_ctl"), ["-D", data, "-l", Path.Combine(data, "server.log"), "-w", "-t", "60", "-o", $"-p {port} -c listen_addresses=127.0.0.1 -k {data} -c fsync=off -c max_connections=300", "start"]);
        var connection = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres";
        return new PostgresServer(connection, "local cluster in " + root, async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await RunAsPostgresAsync(asRoot, Path.Combine(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "stop"]);
            Directory.Delete(root, recursive: true);
        });
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static Task RunAsPostgresAsync(bool asRoot, string program, IReadOnlyList<string> arguments) =>
        asRoot ? RunAsync("runuser", ["-u", "postgres", "--", program, .. arguments]) : RunAsync(program, arguments);

    private static async Task RunAsync(string program, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await error}{await output}");
        }
    }
}
