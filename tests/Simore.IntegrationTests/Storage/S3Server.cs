using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Simore.Core.FollowUp.Storage;
using Simore.Testing;

namespace Simore.IntegrationTests.Storage;

/// <summary>
/// An S3-compatible server (s3rver, from tests/tools/s3rver) on a free loopback port, with one
/// bucket, for the tests of the S3 file store. When node or the package is missing the tests fail
/// with the command to run: they never pass without having talked to a server.
/// </summary>
public sealed class S3Server : IAsyncDisposable
{
    public const string AccessKey = "S3RVER";
    public const string SecretKey = "S3RVER";

    private readonly Process _process;
    private readonly string _folder;

    private S3Server(Process process, string folder, int port, string bucket)
    {
        _process = process;
        _folder = folder;
        ServiceUrl = $"http://127.0.0.1:{port}";
        Bucket = bucket;
    }

    public string ServiceUrl { get; }

    public string Bucket { get; }

    public S3StorageOptions Options(string? prefix = null, string? bucket = null, string accessKey = AccessKey) => new()
    {
        ServiceUrl = ServiceUrl,
        Bucket = bucket ?? Bucket,
        AccessKey = accessKey,
        SecretKey = SecretKey,
        ForcePathStyle = true,
        Prefix = prefix,
    };

    public static async Task<S3Server> StartAsync()
    {
        var tool = RepositoryFiles.PathOf("tests", "tools", "s3rver");
        if (!Directory.Exists(Path.Combine(tool, "node_modules", "s3rver")))
        {
            throw new InvalidOperationException(
                $"The S3 test server is not installed: run `npm ci --prefix {tool}` (deploy/test.sh and .ci/run do it).");
        }

        var folder = Path.Combine(Path.GetTempPath(), "simore-s3-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        var port = FreePort();
        const string bucket = "simore-test";
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = tool,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "serve.mjs", port.ToString(System.Globalization.CultureInfo.InvariantCulture), folder, bucket })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("node could not be started.");
        var error = process.StandardError.ReadToEndAsync();
        var line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
        if (line is null || !line.StartsWith("ready", StringComparison.Ordinal))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"The S3 test server did not start: {line} {await error}");
        }

        return new S3Server(process, folder, port, bucket);
    }

    public async ValueTask DisposeAsync()
    {
        // Closing its standard input stops the server (serve.mjs); kill it if it does not go.
        _process.StandardInput.Close();
        using (var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10)))
        {
            try
            {
                await _process.WaitForExitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }

        _process.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
