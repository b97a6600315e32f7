using System.Diagnostics;
using Npgsql;

namespace Simore.IntegrationTests.Reliability;

/// <summary>
/// A PostgreSQL cluster of the test's own, which it may stop and start again on the same port (the
/// suite's shared server must stay up). Built from the local server binaries, as deploy/lib/postgres.sh does.
/// </summary>
public sealed class ThrowawayCluster : IAsyncDisposable
{
    private readonly string _bin;
    private readonly string _root;
    private readonly string _data;
    private readonly bool _asRoot = Environment.UserName == "root" && !OperatingSystem.IsWindows();

    private ThrowawayCluster(string bin, string root, int port)
    {
        _bin = bin;
        _root = root;
        _data = Path.Combine(root, "data");
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString => $"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres;Timeout=5";

    public static async Task<ThrowawayCluster> StartAsync()
    {
        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderDescending().FirstOrDefault()
            : null;
        if (bin is null)
        {
            Assert.Fail("This test needs the PostgreSQL server binaries (Debian: apt-get install postgresql): it stops and restarts a server of its own.");
        }

        var root = Path.Combine(Path.GetTempPath(), "simore-restart-pg-" + Guid.NewGuid().ToString("N")[..10]);
        var cluster = new ThrowawayCluster(bin!, root, AppProcess.FreePort());
        Directory.CreateDirectory(cluster._data);
        if (cluster._asRoot && !OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(root, (UnixFileMode)0b111_101_101);
            await RunAsync("chown", ["postgres:postgres", cluster._data]);
        }

        await cluster.AsPostgresAsync("initdb", "-D", cluster._data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync");
        await cluster.StartServerAsync();
        return cluster;
    }

    public Task StartServerAsync() =>
        AsPostgresAsync("pg_ctl", "-D", _data, "-l", Path.Combine(_data, "server.log"), "-w", "-t", "60", "-o", $"-p {Port} -c listen_addresses=127.0.0.1 -k {_data} -c fsync=off -c max_connections=100", "start");

    /// <summary>A fast shutdown: sessions are ended, as when an operator restarts the server or it fails over.</summary>
    public Task StopServerAsync() => AsPostgresAsync("pg_ctl", "-D", _data, "-m", "fast", "-w", "stop");

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            await AsPostgresAsync("pg_ctl", "-D", _data, "-m", "immediate", "stop");
        }
        catch (InvalidOperationException)
        {
            // Already stopped.
        }

        Directory.Delete(_root, recursive: true);
    }

    private Task AsPostgresAsync(string program, params string[] arguments) =>
        _asRoot
            ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(_bin, program), .. arguments])
            : RunAsync(Path.Combine(_bin, program), arguments);

    private static async Task RunAsync(string program, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await error}{await output}");
        }
    }
}
