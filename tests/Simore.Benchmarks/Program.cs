using Simore.Benchmarks;

// Benchmarks are measurements, not tests: they print results for docs/performance.md.
//   dotnet run --project tests/Simore.Benchmarks -c Release -- import
return args.FirstOrDefault() switch
{
    "import" => await ImportBenchmark.RunAsync(),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Simore.Benchmarks import");
    return 1;
}
