using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Simore.Core.Importing;
using Simore.Core.Registry;
using Simore.Core.Tenancy;
using Simore.Testing;

namespace Simore.Benchmarks;

/// <summary>
/// Imports in one long-running process, as the web app runs them: the first import pays for JIT and
/// EF Core's model; later ones are what an administrator waits for. Each run goes into a fresh tenant.
/// </summary>
internal static class ImportBenchmark
{
    private const int Runs = 5;

    public static async Task<int> RunAsync()
    {
        await using var host = await BenchmarkHost.StartAsync();
        var docx = RepositoryFiles.PathOf("tests", "data", "ohchr", "SVN_cycle4_UPR48_thematic_list.docx");
        var uprInfo = RepositoryFiles.PathOf("tests", "data", "uprinfo", "uprinfo_sessions10-13.csv");

        var reads = new List<TimeSpan>();
        for (var i = 0; i <= Runs; i++)
        {
            var read = Stopwatch.StartNew();
            await ReadAsync(uprInfo);
            reads.Add(read.Elapsed);
        }

        Console.WriteLine($"Reading the UPR Info file alone (decode, parse, merge 9,047 rows): first {Seconds(reads[0])}, median of next {Runs} {Seconds(reads.Skip(1).Order().ElementAt(Runs / 2))}");
        Console.WriteLine();
        Console.WriteLine("| import | first in process | median of next 5 | written |");
        Console.WriteLine("|---|---|---|---|");
        await ReportAsync(host, "OHCHR .docx, Slovenia cycle 4", docx, "Slovenia", "SVN");
        await ReportAsync(host, "UPR Info .csv (9,047 rows read), Paraguay", uprInfo, "Paraguay", "PRY");

        // The whole UPR Info file written: every State under review into its own tenant.
        var states = (await ReadAsync(uprInfo)).Records.Select(r => r.StateUnderReview!).Distinct().ToList();
        var watch = Stopwatch.StartNew();
        var written = 0;
        foreach (var state in states)
        {
            var country = CountryDirectory.Instance.Resolve(state)!.Iso3;
            written += (await ImportAsync(host, await host.TenantAsync(state, country), uprInfo)).Written;
        }

        Console.WriteLine($"| UPR Info .csv, all {states.Count} States into their tenants | {Seconds(watch.Elapsed)} (total) | | {written} |");
        return 0;
    }

    private static async Task ReportAsync(BenchmarkHost host, string label, string file, string state, string country)
    {
        var first = await ImportAsync(host, await host.TenantAsync(state, country), file);
        var next = new List<TimeSpan>();
        for (var i = 0; i < Runs; i++)
        {
            next.Add((await ImportAsync(host, await host.TenantAsync(state, country), file)).Elapsed);
        }

        Console.WriteLine($"| {label} | {Seconds(first.Elapsed)} | {Seconds(next.Order().ElementAt(Runs / 2))} | {first.Written} |");
    }

    private static async Task<(TimeSpan Elapsed, int Written)> ImportAsync(BenchmarkHost host, Tenant tenant, string file)
    {
        using var scope = host.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<ITenantContext>().Use(tenant);
        var watch = Stopwatch.StartNew();
        var content = await File.ReadAllBytesAsync(file);
        var result = await scope.ServiceProvider.GetRequiredService<ImportService>().ImportAsync(new ImportRequest(Path.GetFileName(file), content, null, new ReadOptions()));
        watch.Stop();
        if (result.Batch.Status != ImportStatus.Committed)
        {
            throw new InvalidOperationException($"The import into {tenant.Name} was not committed: {string.Join("; ", result.Plan.Problems.Select(p => p.Format()))}");
        }

        return (watch.Elapsed, result.Plan.Count(ImportAction.Create));
    }

    private static async Task<ParsedFile> ReadAsync(string file)
    {
        await using var stream = File.OpenRead(file);
        return new Simore.Core.Importing.UprInfo.UprInfoCsvReader().Read(stream, new ReadOptions());
    }

    private static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("0.00 s", CultureInfo.InvariantCulture);
}
