using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Simore.Core;
using Simore.Core.Portal;
using Simore.Core.Registry;
using Simore.Core.Tenancy;

namespace Simore.Benchmarks;

/// <summary>
/// A bounded load against a running Simore on loopback: N clients for a fixed time, each request a
/// different public search (words, filters, pages) on a random tenant, so that caches do not decide the
/// result. The "sql" scenario runs the same searches through <see cref="PortalSearch"/> in-process,
/// without HTTP: the floor the application's own overhead is measured against.
/// </summary>
internal static class LoadBenchmark
{
    private static readonly string[] Words =
    [
        "women", "children", "torture", "discrimination", "education", "trafficking", "disabilities", "migrants",
        "police", "poverty", "violence", "journalists", "prison", "roma", "health", "refugees", "ratify", "indigenous",
        "discrimnation", "traffick", "domestic violence", "freedom of expression", "national action plan", "ombudsman",
    ];

    private static readonly string[] Statuses = ["NotStarted", "InProgress", "PartiallyImplemented", "FullyImplemented", "none"];

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length < 3)
        {
            Console.Error.WriteLine("usage: Simore.Benchmarks load <base url | app connection for sql> <slug file> <search|api|page|static|save|sql> [clients=50] [seconds=30] [web pid] [owner connection for page ids | app connection for save]");
            return 1;
        }

        var target = args[0];
        var slugs = await File.ReadAllLinesAsync(args[1]);
        var scenario = args[2];
        var clients = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 50;
        var seconds = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 30;
        var pid = args.Length > 5 && int.TryParse(args[5], CultureInfo.InvariantCulture, out var p) ? p : (int?)null;

        // Readers pause between pages: with a think time each client waits a random 0.5–1.5 × that
        // between requests (an open-ish load of clients / think time requests per second); without
        // one, the clients drive the server to saturation.
        var think = int.TryParse(Environment.GetEnvironmentVariable("SIMORE_BENCH_THINK_MS"), CultureInfo.InvariantCulture, out var ms) ? ms : 0;
        Func<int, Random, Task<bool>> request;
        if (scenario == "save")
        {
            var drivers = await FocalPointSaves.PrepareAsync(target, args.Length > 6 ? args[6] : throw new ArgumentException("the save scenario needs the app connection string"), slugs, clients);
            request = (client, random) => drivers[client](random);
        }
        else
        {
            Func<Random, Task<bool>> shared = scenario switch
            {
                "search" or "api" or "page" or "static" => await HttpScenarioAsync(target, slugs, scenario, clients, args.Length > 6 ? args[6] : null),
                "sql" => SqlScenario(target, slugs),
                _ => throw new ArgumentException("unknown scenario " + scenario),
            };
            request = (_, random) => shared(random);
        }

        // Warm-up: JIT, connection pools, PostgreSQL's buffers.
        await DriveAsync(request, clients, TimeSpan.FromSeconds(Math.Min(10, seconds / 3.0)), think);
        var rssBefore = pid is int before ? Rss(before) : null;
        var (latencies, errors, elapsed) = await DriveAsync(request, clients, TimeSpan.FromSeconds(seconds), think);
        latencies.Sort();
        double Percentile(double q) => latencies.Count == 0 ? double.NaN : latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(q * latencies.Count) - 1)];
        var line = new StringBuilder();
        line.Append(CultureInfo.InvariantCulture, $"{scenario}: {clients} clients, think {think} ms, {elapsed.TotalSeconds:F0} s, {latencies.Count} requests, {latencies.Count / elapsed.TotalSeconds:F0} req/s, errors {errors}, ");
        line.Append(CultureInfo.InvariantCulture, $"p50 {Percentile(0.50):F1} ms, p95 {Percentile(0.95):F1} ms, p99 {Percentile(0.99):F1} ms, max {latencies.LastOrDefault():F1} ms");
        if (pid is int web)
        {
            var (rss, peak) = Rss(web) ?? (0, 0);
            line.Append(CultureInfo.InvariantCulture, $", web RSS {rss / 1024} MB (before {((rssBefore?.Rss ?? 0) / 1024)} MB, peak {peak / 1024} MB)");
        }

        Console.WriteLine(line);
        return errors == 0 ? 0 : 2;
    }

    private static async Task<(List<double> Latencies, int Errors, TimeSpan Elapsed)> DriveAsync(Func<int, Random, Task<bool>> request, int clients, TimeSpan duration, int think)
    {
        var latencies = new List<double>[clients];
        var errors = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async client =>
        {
            var mine = latencies[client] = [];
            var random = new Random(client * 7919 + Environment.TickCount);
            if (think > 0)
            {
                await Task.Delay(random.Next(think));
            }

            while (clock.Elapsed < duration)
            {
                var started = Stopwatch.GetTimestamp();
                bool ok;
                try
                {
                    ok = await request(client, random);
                }
                catch (Exception e) when (e is HttpRequestException or NpgsqlException or TaskCanceledException)
                {
                    ok = false;
                }

                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (!ok)
                {
                    Interlocked.Increment(ref errors);
                }

                if (think > 0)
                {
                    await Task.Delay(think / 2 + random.Next(think));
                }
            }
        }));
        return (latencies.SelectMany(l => l).ToList(), errors, clock.Elapsed);
    }

    private static async Task<Func<Random, Task<bool>>> HttpScenarioAsync(string baseUrl, string[] slugs, string scenario, int clients, string? ownerConnection)
    {
        var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients, UseCookies = false }) { BaseAddress = new Uri(baseUrl) };
        if (scenario == "static")
        {
            // The floor of any page: Kestrel and the static-file middleware serving a small stylesheet.
            return async _ =>
            {
                using var response = await http.GetAsync("/css/site.css");
                await response.Content.LoadIntoBufferAsync();
                return response.IsSuccessStatusCode;
            };
        }

        if (scenario == "page")
        {
            var ids = await SampleIdsAsync(ownerConnection ?? throw new ArgumentException("the page scenario needs the owner connection string"), slugs);
            return async random =>
            {
                var (slug, id) = ids[random.Next(ids.Count)];
                using var response = await http.GetAsync($"/{slug}/recommendations/{id}");
                await response.Content.LoadIntoBufferAsync();
                return response.IsSuccessStatusCode;
            };
        }

        var prefix = scenario == "api" ? "/api/v1/" : "/";
        return async random =>
        {
            var (slug, query) = RandomQuery(random, slugs);
            using var response = await http.GetAsync(prefix + slug + "/recommendations" + QueryString(query));
            await response.Content.LoadIntoBufferAsync();
            return response.IsSuccessStatusCode;
        };
    }

    private static Func<Random, Task<bool>> SqlScenario(string appConnection, string[] slugs)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Simore"] = appConnection,
            ["ConnectionStrings:Migrations"] = appConnection,
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSimoreCore(configuration).BuildServiceProvider();
        var tenants = new Dictionary<string, Tenant>(StringComparer.Ordinal);
        return async random =>
        {
            var (slug, query) = RandomQuery(random, slugs);
            using var scope = services.CreateScope();
            Tenant? tenant;
            lock (tenants)
            {
                tenants.TryGetValue(slug, out tenant);
            }

            tenant ??= await scope.ServiceProvider.GetRequiredService<TenantStore>().FindBySlugAsync(slug, default);
            lock (tenants)
            {
                tenants[slug] = tenant!;
            }

            scope.ServiceProvider.GetRequiredService<ITenantContext>().Use(tenant!);
            await scope.ServiceProvider.GetRequiredService<PortalSearch>().SearchAsync(query);
            return true;
        };
    }

    /// <summary>What readers do: words half the time, one or two filters, sometimes a later page.</summary>
    internal static (string Slug, PortalQuery Query) RandomQuery(Random random, string[] slugs)
    {
        var query = new PortalQuery();
        if (random.NextDouble() < 0.5)
        {
            query = query with { Q = Words[random.Next(Words.Length)] };
        }

        switch (random.Next(6))
        {
            case 0:
                query = query with { Status = Statuses[random.Next(Statuses.Length)] };
                break;
            case 1:
                query = query with { Mechanism = random.NextDouble() < 0.7 ? Mechanism.Upr : Mechanism.TreatyBody };
                break;
            case 2:
                query = query with { Sdg = random.Next(1, 18) };
                break;
            case 3:
                query = query with { Position = random.NextDouble() < 0.8 ? Position.Supported : Position.Noted, Cycle = random.Next(1, 5) };
                break;
        }

        if (random.NextDouble() < 0.2)
        {
            query = query with { Page = random.Next(2, 5) };
        }

        return (slugs[random.Next(slugs.Length)], query);
    }

    private static string QueryString(PortalQuery query)
    {
        var parts = new List<string>();
        void Add(string name, object? value)
        {
            if (value is not null)
            {
                parts.Add(name + "=" + Uri.EscapeDataString(Convert.ToString(value, CultureInfo.InvariantCulture)!));
            }
        }

        Add("q", query.Q);
        Add("mechanism", query.Mechanism);
        Add("cycle", query.Cycle);
        Add("position", query.Position);
        Add("status", query.Status);
        Add("sdg", query.Sdg);
        Add("page", query.Page > 1 ? query.Page : null);
        return parts.Count == 0 ? string.Empty : "?" + string.Join('&', parts);
    }

    private static async Task<List<(string Slug, long Id)>> SampleIdsAsync(string ownerConnection, string[] slugs)
    {
        await using var connection = new NpgsqlConnection(ownerConnection);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT t.slug, r.id FROM recommendations r JOIN tenants t ON t.id = r.tenant_id WHERE t.slug = ANY(@slugs) ORDER BY random() LIMIT 20000", connection);
        command.Parameters.AddWithValue("slugs", slugs);
        var ids = new List<(string, long)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add((reader.GetString(0), reader.GetInt64(1)));
        }

        return ids;
    }

    /// <summary>Resident and peak resident memory of a process, in KiB, from /proc.</summary>
    private static (long Rss, long Peak)? Rss(int pid)
    {
        var path = $"/proc/{pid}/status";
        if (!File.Exists(path))
        {
            return null;
        }

        long Field(string name) => File.ReadLines(path).Where(l => l.StartsWith(name, StringComparison.Ordinal))
            .Select(l => long.Parse(l[name.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture)).FirstOrDefault();
        return (Field("VmRSS:"), Field("VmHWM:"));
    }
}
