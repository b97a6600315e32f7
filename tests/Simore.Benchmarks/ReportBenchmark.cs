using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Simore.Core.Data;
using Simore.Core.Demo;
using Simore.Core.Identity;
using Simore.Core.Reports;
using Simore.Core.Tenancy;
using Simore.Testing;

namespace Simore.Benchmarks;

/// <summary>
/// Report drafts of the demo tenant (Slovenia, 254 recommendations with generated follow-up) in
/// one long-running process, as a worker makes them: the national report as PDF and as Word, the
/// first one paying for JIT, EF Core's model and Chromium's start. Prints the rows for docs/performance.md.
/// </summary>
internal static class ReportBenchmark
{
    private const int Runs = 5;

    public static async Task<int> RunAsync()
    {
        await using var host = await BenchmarkHost.StartAsync(services => services
            .AddIdentityCore<User>(IdentitySetup.Configure).AddRoles<Role>().AddEntityFrameworkStores<SimoreDbContext>());
        var seeding = Stopwatch.StartNew();
        var tenant = await host.Services.GetRequiredService<DemoSeeder>().SeedAsync(RepositoryFiles.PathOf("deploy", "demo", DemoData.ListFileName));
        Console.WriteLine($"Demo tenant with generated follow-up seeded in {Seconds(seeding.Elapsed)}");
        Console.WriteLine($"Load average before: {LoadAverage()}");
        Console.WriteLine();
        Console.WriteLine("| national report draft | target | first in process | median of next 5 | slowest of next 5 | size |");
        Console.WriteLine("|---|---|---|---|---|---|");
        await MeasureAsync(host, tenant, ReportFormat.Docx, "< 3 s");
        await MeasureAsync(host, tenant, ReportFormat.Pdf, "< 10 s");
        Console.WriteLine();
        Console.WriteLine($"Peak memory of the worker process (.NET, VmHWM): {PeakMegabytes()} MB; Chromium's processes now: {ChromiumMegabytes()} MB");
        Console.WriteLine($"Load average after: {LoadAverage()}");
        return 0;
    }

    private static async Task MeasureAsync(BenchmarkHost host, Tenant tenant, ReportFormat format, string target)
    {
        var (first, report) = await GenerateAsync(host, tenant, format);
        var next = new List<TimeSpan>();
        for (var i = 0; i < Runs; i++)
        {
            next.Add((await GenerateAsync(host, tenant, format)).Elapsed);
        }

        var pages = format == ReportFormat.Pdf ? $", {Pages(report.Content)} pages" : string.Empty;
        Console.WriteLine($"| {format.ToString().ToUpperInvariant()}, {report.WordCount?.ToString("N0", CultureInfo.InvariantCulture)} words in the body | {target} | {Seconds(first)} | **{Seconds(next.Order().ElementAt(Runs / 2))}** | {Seconds(next.Max())} | {report.Content.Length / 1024} KB{pages} |");
    }

    /// <summary>One draft as the job makes it: a scope, the tenant, the generator (model, composition, rendering).</summary>
    private static async Task<(TimeSpan Elapsed, GeneratedReport Report)> GenerateAsync(BenchmarkHost host, Tenant tenant, ReportFormat format)
    {
        using var scope = host.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<ITenantContext>().Use(tenant);
        var watch = Stopwatch.StartNew();
        var report = await scope.ServiceProvider.GetRequiredService<ReportGenerator>().GenerateAsync(ReportKind.National, format, new ReportOptions());
        return (watch.Elapsed, report);
    }

    private static int Pages(byte[] pdf) =>
        System.Text.RegularExpressions.Regex.Count(System.Text.Encoding.Latin1.GetString(pdf), @"/Type\s*/Page\b(?!s)");

    private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s";

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    /// <summary>The high-water mark of this process's resident memory.</summary>
    private static long PeakMegabytes()
    {
        var line = File.Exists("/proc/self/status") ? File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal)) : null;
        return line is null
            ? Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)
            : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
    }

    /// <summary>Resident memory of this process's descendants (the browser and its renderers), not of other people's browsers.</summary>
    private static long ChromiumMegabytes()
    {
        if (!Directory.Exists("/proc"))
        {
            return 0;
        }

        var parents = new Dictionary<int, int>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), out var pid) && TryRead(Path.Combine(directory, "stat")) is { } stat)
            {
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                parents[pid] = int.Parse(fields[1], CultureInfo.InvariantCulture);
            }
        }

        var self = Environment.ProcessId;
        long kilobytes = 0;
        foreach (var pid in parents.Keys)
        {
            var ancestor = parents.GetValueOrDefault(pid);
            for (var depth = 0; depth < 10 && ancestor > 1 && ancestor != self; depth++)
            {
                ancestor = parents.GetValueOrDefault(ancestor);
            }

            if (ancestor == self && TryRead($"/proc/{pid}/status") is { } status
                && status.Split('\n').FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal)) is { } rss)
            {
                kilobytes += long.Parse(rss.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
            }
        }

        return kilobytes / 1024;
    }

    private static string? TryRead(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
