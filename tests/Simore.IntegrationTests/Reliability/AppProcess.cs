using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Simore.Testing;

namespace Simore.IntegrationTests.Reliability;

/// <summary>
/// The built app (or its command line) as a separate process on loopback, the way it runs in
/// production: its own memory, its own Hangfire server, its own Data Protection key cache. Killed,
/// with its children, when disposed.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private bool _disposed;
    private bool _killed;

    private AppProcess(Process process, string name, int port)
    {
        _process = process;
        Id = process.Id;
        Name = name;
        Port = port;
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Name { get; }

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");

    public bool HasExited => _killed || _process.HasExited;

    public int Id { get; private init; }

    /// <summary>The last lines the process wrote, for the message of a failing test.</summary>
    public string Output => string.Join(Environment.NewLine, _output);

    /// <summary>The build configuration the tests run in (Release under deploy/test.sh): the app is taken from the same one.</summary>
    public static string Configuration { get; } = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Debug" : "Release";

    /// <summary>Starts Simore.Web with a role (web, worker, all) on a free port and waits until it answers /health/live.</summary>
    public static async Task<AppProcess> StartWebAsync(string name, string role, IReadOnlyDictionary<string, string> settings)
    {
        var port = FreePort();
        var web = RepositoryFiles.PathOf("src", "Simore.Web", "bin", Configuration, "net10.0", "Simore.Web.dll");
        var environment = new Dictionary<string, string>(settings)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Testing",
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
            ["Simore__ProcessRole"] = role,
            ["Logging__LogLevel__Default"] = "Warning",
        };
        var app = new AppProcess(Start(web, ["--contentRoot", RepositoryFiles.PathOf("src", "Simore.Web")], environment), name, port);
        using var client = new HttpClient { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (app.HasExited)
            {
                throw new AssertionException($"{name} stopped at start:{Environment.NewLine}{app.Output}");
            }

            try
            {
                using var response = await client.GetAsync("/health/live");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return app;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(200);
        }

        await app.DisposeAsync();
        throw new AssertionException($"{name} did not answer within 90 s:{Environment.NewLine}{app.Output}");
    }

    /// <summary>Runs a command of the command line (simore migrate, tenant create, import…) to its end.</summary>
    public static async Task<string> RunCliAsync(IReadOnlyDictionary<string, string> settings, params string[] arguments)
    {
        var cli = RepositoryFiles.PathOf("src", "Simore.Cli", "bin", Configuration, "net10.0", "simore.dll");
        await using var run = new AppProcess(Start(cli, arguments, new Dictionary<string, string>(settings) { ["DOTNET_ENVIRONMENT"] = "Testing" }), "simore " + arguments[0], 0);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await run._process.WaitForExitAsync(timeout.Token);
        run._process.WaitForExit();
        if (run._process.ExitCode != 0)
        {
            throw new AssertionException($"simore {string.Join(' ', arguments)} failed ({run._process.ExitCode}):{Environment.NewLine}{run.Output}");
        }

        return run.Output;
    }

    /// <summary>Ends the process at once, as a crash or an out-of-memory kill would: no shutdown, no cleanup.</summary>
    public void Kill()
    {
        if (!_killed)
        {
            _killed = true;
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit();
            }
        }
    }

    public ValueTask DisposeAsync()
    {
        if (!_disposed)
        {
            _disposed = true;
            Kill();
            _process.Dispose();
        }

        return ValueTask.CompletedTask;
    }

    private static Process Start(string dll, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        start.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        return Process.Start(start) ?? throw new InvalidOperationException("Could not start " + dll);
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > 200)
        {
            _output.TryDequeue(out _);
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
