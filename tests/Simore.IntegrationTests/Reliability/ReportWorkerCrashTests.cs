using System.Globalization;
using System.Net;
using Npgsql;
using Simore.Core.Demo;
using Simore.Testing;

namespace Simore.IntegrationTests.Reliability;

/// <summary>
/// A worker process killed while it makes a report draft: another worker takes the job up after the
/// invisibility timeout, the draft is made once, one file is kept, and the drafter's history shows it.
/// </summary>
public sealed class ReportWorkerCrashTests
{
    private const int InvisibilitySeconds = 4;

    [Test]
    public async Task A_report_draft_whose_worker_is_killed_is_made_once_by_another_worker()
    {
        await using var deployment = await Deployment.CreateAsync();
        await deployment.CliAsync("seed-demo", "--file", Fixtures.DataFile("ohchr", DemoData.ListFileName));
        var timeout = ("Jobs__InvisibilityTimeoutSeconds", InvisibilitySeconds.ToString(CultureInfo.InvariantCulture));
        var web = await deployment.StartAsync("web", "web", timeout);
        using var drafter = new Browser(new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), UseCookies = true, AllowAutoRedirect = false }) { BaseAddress = web.BaseAddress });
        var signedIn = await drafter.SubmitAsync(await drafter.GetAsync("/account/login"), new Dictionary<string, string> { ["Email"] = "drafter@svn.simore.example", ["Password"] = DemoData.Password });
        Assert.That(signedIn.Status, Is.EqualTo(HttpStatusCode.Redirect), deployment.Output);
        var form = await drafter.GetAsync("/svn/reports");
        var files = StoredFiles(deployment);

        // Hold the follow-up table, as a long maintenance statement would: the job claims the request, then waits inside its run.
        await using var holder = await deployment.OpenAsync();
        await using (var hold = new NpgsqlCommand("BEGIN; LOCK TABLE follow_up_entries IN ACCESS EXCLUSIVE MODE;", holder))
        {
            await hold.ExecuteNonQueryAsync();
        }

        var asked = await drafter.SubmitAsync(form, new Dictionary<string, string> { ["Kind"] = "National", ["Format"] = "Pdf", ["Language"] = "en" });
        Assert.That(asked.Status, Is.EqualTo(HttpStatusCode.Redirect), asked.Text);
        var request = long.Parse(asked.Location!.Split('/')[^1], CultureInfo.InvariantCulture);
        var first = await deployment.StartAsync("worker 1", "worker", timeout);
        await WaitAsync(deployment, () => deployment.ScalarAsync<long>("SELECT count(*) FROM report_requests WHERE id = @id AND state = 'Running'", ("id", request)), "the first worker to claim the request");
        await WaitAsync(deployment, () => WaitingReadsAsync(deployment), "the job to wait inside its run");
        var job = await deployment.ScalarAsync<long>("SELECT max(id) FROM hangfire.job WHERE invocationdata::text LIKE '%ReportJob%'");

        first.Kill();
        await using (var release = new NpgsqlCommand("COMMIT", holder))
        {
            await release.ExecuteNonQueryAsync();
        }

        Assert.That(await StateAsync(deployment, request), Is.EqualTo("Running"), "the killed worker left the request being made");
        Assert.That(StoredFiles(deployment), Is.EqualTo(files), "and no file");
        await using var second = await deployment.StartAsync("worker 2", "worker", timeout);
        await WaitAsync(deployment, () => deployment.ScalarAsync<long>("SELECT count(*) FROM report_requests WHERE id = @id AND state IN ('Succeeded', 'Failed')", ("id", request)), "the request to be finished by the second worker");

        Assert.That(await StateAsync(deployment, request), Is.EqualTo("Succeeded"), deployment.Output);
        Assert.That(await deployment.ScalarAsync<long>("SELECT attempts FROM report_requests WHERE id = @id", ("id", request)), Is.EqualTo(2), "made by the second attempt");
        Assert.That(await JobStatesAsync(deployment, job, "Processing"), Is.EqualTo(2), "taken up again after the crash");
        Assert.That(await JobStatesAsync(deployment, job, "Succeeded"), Is.EqualTo(1), "finished once");
        var key = await deployment.ScalarAsync<string>("SELECT file_key FROM report_requests WHERE id = @id", ("id", request));
        Assert.That(StoredFiles(deployment).Except(files), Is.EqualTo(new[] { key }), "one file, the request's");

        var history = await drafter.GetAsync("/svn/reports");
        var rows = history.Document.QuerySelectorAll("#history-heading ~ div table tbody tr");
        Assert.That(rows, Has.Length.EqualTo(1), "one draft in the history");
        Assert.That(rows[0].QuerySelectorAll($"a[href='/svn/reports/{request}/download']"), Has.Length.EqualTo(1), "the history offers its file");
        using var download = await drafter.Client.GetAsync($"/svn/reports/{request}/download");
        Assert.That(download.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await download.Content.ReadAsByteArrayAsync()).Take(5), Is.EqualTo("%PDF-"u8.ToArray()));
    }

    /// <summary>The files in the deployment's storage, as keys (paths relative to the storage folder).</summary>
    private static List<string> StoredFiles(Deployment deployment)
    {
        var root = Path.Combine(deployment.Scratch, "files");
        return Directory.Exists(root)
            ? Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList()
            : [];
    }

    private static Task<string> StateAsync(Deployment deployment, long request) =>
        deployment.ScalarAsync<string>("SELECT state FROM report_requests WHERE id = @id", ("id", request));

    private static Task<long> JobStatesAsync(Deployment deployment, long job, string state) =>
        deployment.ScalarAsync<long>("SELECT count(*) FROM hangfire.state WHERE jobid = @job AND name = @state", ("job", job), ("state", state));

    private static Task<long> WaitingReadsAsync(Deployment deployment) =>
        deployment.ScalarAsync<long>(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND usename = @role AND wait_event_type = 'Lock' AND query ILIKE '%follow_up_entries%'",
            ("role", TestDatabase.AppRole));

    private static async Task WaitAsync(Deployment deployment, Func<Task<long>> count, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (await count() < 1)
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Waited two minutes for {what}.{Environment.NewLine}{deployment.Output}");
            }

            await Task.Delay(250);
        }
    }
}
