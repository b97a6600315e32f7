using Simore.Benchmarks;

// Benchmarks are measurements, not tests: they print results for docs/performance.md.
//   dotnet run --project tests/Simore.Benchmarks -c Release -- import
//   deploy/bench/portal.sh   (seed-portal, then load against a running web process)
//   dotnet run --project tests/Simore.Benchmarks -c Release -- report
return args.FirstOrDefault() switch
{
    "import" => await ImportBenchmark.RunAsync(),
    "seed-portal" => await PortalSeeder.RunAsync(args[1..]),
    "load" => await LoadBenchmark.RunAsync(args[1..]),
    "report" => await ReportBenchmark.RunAsync(),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Simore.Benchmarks import | seed-portal ... | load ... | report");
    return 1;
}
