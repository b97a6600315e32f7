using Microsoft.Extensions.Diagnostics.HealthChecks;
using Simore.Core.Reports.Pdf;

namespace Simore.Web.Infrastructure;

/// <summary>
/// The PDF renderer's browser is installed and executable, in processes that run jobs: a worker
/// without it would take PDF jobs and fail every one of them.
/// </summary>
public sealed class ChromiumHealthCheck(string path) : IHealthCheck
{
    /// <summary>The renderer's own setting: the check looks where the report jobs will launch Chromium.</summary>
    public const string ConfigurationKey = PdfOptions.Section + ":" + nameof(PdfOptions.ChromiumPath);

    public const string DefaultPath = PdfOptions.DefaultChromiumPath;

    private const UnixFileMode AnyExecute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;

    public static ChromiumHealthCheck From(IConfiguration configuration) =>
        new(configuration[ConfigurationKey] is { Length: > 0 } configured ? configured : DefaultPath);

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object> { ["path"] = path };
        if (!File.Exists(path))
        {
            return Task.FromResult(HealthCheckResult.Unhealthy($"Chromium is not installed at {path} (set {ConfigurationKey}).", data: data));
        }

        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & AnyExecute) == 0)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy($"Chromium at {path} is not executable.", data: data));
        }

        return Task.FromResult(HealthCheckResult.Healthy(data: data));
    }
}
