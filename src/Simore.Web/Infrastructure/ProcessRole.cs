namespace Simore.Web.Infrastructure;

/// <summary>
/// What a process does: serve web requests, run background jobs, or both (the default). Set with
/// Simore:ProcessRole = all | web | worker, so web and workers can be scaled apart.
/// </summary>
public sealed record ProcessRole(bool ServesWeb, bool RunsJobs)
{
    public static ProcessRole From(IConfiguration configuration) =>
        (configuration["Simore:ProcessRole"] ?? "all").Trim().ToLowerInvariant() switch
        {
            "all" => new ProcessRole(true, true),
            "web" => new ProcessRole(true, false),
            "worker" => new ProcessRole(false, true),
            var other => throw new InvalidOperationException(
                $"Simore:ProcessRole is '{other}'; use 'all', 'web' or 'worker'."),
        };
}
