using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Simore.Testing;

namespace Simore.IntegrationTests.Reliability;

/// <summary>
/// PostgreSQL restarted while people are using the portal: during the outage requests fail quickly
/// with an error page (no hang, no crash), and afterwards the same app process serves again on its own.
/// </summary>
public sealed class DatabaseRestartTests
{
    [Test]
    public async Task Requests_fail_cleanly_while_the_database_is_down_and_recover_without_restarting_the_app()
    {
        await using var cluster = await ThrowawayCluster.StartAsync();
        await using var deployment = await Deployment.CreateAsync(PostgresServer.At(cluster.ConnectionString, "the test's own cluster"));
        await deployment.CliAsync("tenant", "create", "--slug", "restart", "--name", "State under restart", "--country", "SVN");
        await deployment.CliAsync("import", "--tenant", "restart", "--file", Fixtures.DataFile("ohchr", "SVN_cycle4_UPR48_thematic_list.docx"));
        var app = await deployment.StartAsync("web and worker", "all");
        var answers = new ConcurrentQueue<(DateTime At, string Phase, int Status, double Seconds)>();
        var phase = "before";
        using var stop = new CancellationTokenSource();

        // Four clients read search pages and the API, cache off, so that every request needs the database.
        string[] paths = ["/restart/recommendations?q=torture", "/api/v1/restart/recommendations?pageSize=20", "/restart/recommendations?q=roma&page=2", "/restart"];
        var clients = Enumerable.Range(0, 4).Select(i => Task.Run(async () =>
        {
            using var http = new HttpClient { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
            var n = 0;
            while (!stop.IsCancellationRequested)
            {
                var startedIn = phase;
                var watch = Stopwatch.StartNew();
                var status = 0;
                try
                {
                    using var response = await http.GetAsync(paths[(i + n++) % paths.Length]);
                    status = (int)response.StatusCode;
                }
                catch (HttpRequestException)
                {
                    status = -1;
                }
                catch (TaskCanceledException)
                {
                    status = -2;
                }

                answers.Enqueue((DateTime.UtcNow, startedIn, status, watch.Elapsed.TotalSeconds));
            }
        })).ToArray();

        try
        {
            await WaitForAsync(answers, "before", a => a.Status == 200, 20, deployment);
            await cluster.StopServerAsync();
            phase = "down";
            await WaitForAsync(answers, "down", a => a.Status >= 500, 8, deployment);
            await Task.Delay(TimeSpan.FromSeconds(3));
            phase = "starting";
            await cluster.StartServerAsync();
            phase = "after";
            var recovered = await WaitForAsync(answers, "after", a => a.Status == 200, 20, deployment, TimeSpan.FromSeconds(30));
            await Task.Delay(TimeSpan.FromSeconds(2));
            stop.Cancel();
            await Task.WhenAll(clients);

            var down = answers.Where(a => a.Phase == "down").ToList();
            var lastOnes = answers.Where(a => a.Phase == "after").TakeLast(20).ToList();
            using var http = new HttpClient { BaseAddress = app.BaseAddress };
            using var ready = await http.GetAsync("/health/ready");
            TestContext.Out.WriteLine($"down: {down.Count} answers ({string.Join(", ", down.GroupBy(a => a.Status).Select(g => $"{g.Key}×{g.Count()}"))}), slowest {down.Max(a => a.Seconds):0.0} s; recovered {recovered:0.0} s after the restart");

            Assert.That(app.HasExited, Is.False, "the same process served throughout");
            Assert.That(down.Select(a => a.Status), Has.All.InRange(500, 503), "refused with an error page, not a dropped connection");
            Assert.That(down.Max(a => a.Seconds), Is.LessThan(20), "failing requests do not hang");
            Assert.That(lastOnes.Select(a => a.Status), Has.All.EqualTo(200), "serving normally again");
            Assert.That(ready.StatusCode, Is.EqualTo(HttpStatusCode.OK), "ready again");
        }
        finally
        {
            stop.Cancel();
            await Task.WhenAll(clients.Select(c => c.ContinueWith(_ => { }, TaskScheduler.Default)));
        }
    }

    /// <summary>Waits until <paramref name="count"/> answers of the phase match; returns the seconds it took.</summary>
    private static async Task<double> WaitForAsync(
        ConcurrentQueue<(DateTime At, string Phase, int Status, double Seconds)> answers, string phase, Func<(DateTime At, string Phase, int Status, double Seconds), bool> match, int count, Deployment deployment, TimeSpan? within = null)
    {
        var watch = Stopwatch.StartNew();
        var limit = within ?? TimeSpan.FromSeconds(60);
        while (answers.Count(a => a.Phase == phase && match(a)) < count)
        {
            if (watch.Elapsed > limit)
            {
                var seen = string.Join(", ", answers.Where(a => a.Phase == phase).GroupBy(a => a.Status).Select(g => $"{g.Key}×{g.Count()}"));
                Assert.Fail($"Phase '{phase}': after {limit.TotalSeconds} s only these answers: {seen}{Environment.NewLine}{deployment.Output}");
            }

            await Task.Delay(100);
        }

        return watch.Elapsed.TotalSeconds;
    }
}
