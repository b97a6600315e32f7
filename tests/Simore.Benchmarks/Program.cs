using Simore.Benchmarks;

// Benchmarks are measurements, not tests: they print results for docs/performance.md.
//   dotnet run --project tests/Simore.Benchmarks -c Release -- import
//   deploy/bench/portal.sh   (seed-portal, then load against a running web process)
return args.FirstOrDefault() switch
{
    "import" => await ImportBenchmark.RunAsync(),
    "seed-portal" => await PortalSeeder.RunAsync(args[1..]),
    "load" => await LoadBenchmark.RunAsync(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Simore.Benchmarks import | seed-portal ... | load ...");
    return 1;
}
