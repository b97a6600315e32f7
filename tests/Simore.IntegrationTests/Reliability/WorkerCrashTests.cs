using Npgsql;
using Simore.Testing;

namespace Simore.IntegrationTests.Reliability;

/// <summary>
/// A worker process killed in the middle of a job (the link proposals an import starts): its
/// transaction is lost, the job is taken up by another worker, finishes once, and leaves exactly
/// what an uninterrupted run leaves.
/// </summary>
public sealed class WorkerCrashTests
{
    private const int InvisibilitySeconds = 4;

    [Test]
    public async Task A_job_whose_worker_is_killed_is_retried_elsewhere_and_its_effect_is_made_once()
    {
        await using var deployment = await Deployment.CreateAsync();
        var timeout = ("Jobs__InvisibilityTimeoutSeconds", InvisibilitySeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));

        // The control: the same two lists imported into another tenant, its jobs run by a worker nobody disturbs.
        await ImportBothCyclesAsync(deployment, "control");
        await using (var quiet = await deployment.StartAsync("worker 0", "worker", timeout))
        {
            await WaitAsync(deployment, () => JobsAsync(deployment, "control", "Succeeded"), 2, "the control's jobs");
        }

        var expected = await LinksAsync(deployment, "control");
        Assert.That(expected, Is.Not.Empty, "the second cycle's recommendations have first-cycle links to propose");

        // Hold the links table, so that the job stops inside its transaction, half done.
        await using var holder = await deployment.OpenAsync();
        await using (var hold = new NpgsqlCommand("BEGIN; LOCK TABLE recommendation_links IN EXCLUSIVE MODE;", holder))
        {
            await hold.ExecuteNonQueryAsync();
        }

        var first = await deployment.StartAsync("worker 1", "worker", timeout);
        await ImportBothCyclesAsync(deployment, "crash");
        await WaitAsync(deployment, () => WaitingInsertsAsync(deployment), 2, "both jobs blocked inside their insert");
        var job = await LastLinkJobAsync(deployment, "crash");

        // Long past the invisibility timeout, the living worker keeps its job: no second copy runs beside it.
        await Task.Delay(TimeSpan.FromSeconds(InvisibilitySeconds * 2.5));
        Assert.That(await StatesAsync(deployment, job, "Processing"), Is.EqualTo(1), "a long job is not taken from a worker that is alive");

        first.Kill();
        await using (var release = new NpgsqlCommand("COMMIT", holder))
        {
            await release.ExecuteNonQueryAsync();
        }

        Assert.That(await LinksAsync(deployment, "crash"), Is.Empty, "the killed worker's transaction left nothing");
        await using var second = await deployment.StartAsync("worker 2", "worker", timeout);
        await WaitAsync(deployment, () => JobsAsync(deployment, "crash", "Succeeded"), 2, "the crashed tenant's jobs, retried");

        Assert.That(await StatesAsync(deployment, job, "Processing"), Is.EqualTo(2), "taken up again after the crash");
        Assert.That(await StatesAsync(deployment, job, "Succeeded"), Is.EqualTo(1), "finished once");
        Assert.That(await LinksAsync(deployment, "crash"), Is.EqualTo(expected), "the same links as the undisturbed run, each once");
    }

    private static async Task ImportBothCyclesAsync(Deployment deployment, string slug)
    {
        await deployment.CliAsync("tenant", "create", "--slug", slug, "--name", "State " + slug, "--country", "SVN");
        await deployment.CliAsync("import", "--tenant", slug, "--file", Fixtures.DataFile("ohchr", "SVN_cycle2_UPR20_thematic_list.docx"));
        await deployment.CliAsync("import", "--tenant", slug, "--file", Fixtures.DataFile("ohchr", "SVN_cycle4_UPR48_thematic_list.docx"));
    }

    /// <summary>The tenant's links as (from paragraph, to paragraph, kind), sorted: comparable across tenants.</summary>
    private static async Task<List<string>> LinksAsync(Deployment deployment, string slug)
    {
        await using var connection = await deployment.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT f.paragraph || ' -> ' || t.paragraph || ' ' || l.kind
            FROM recommendation_links l
            JOIN tenants s ON s.id = l.tenant_id
            JOIN recommendations f ON f.tenant_id = l.tenant_id AND f.id = l.from_id
            JOIN recommendations t ON t.tenant_id = l.tenant_id AND t.id = l.to_id
            WHERE s.slug = @slug
            ORDER BY 1
            """, connection);
        command.Parameters.AddWithValue("slug", slug);
        var links = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            links.Add(reader.GetString(0));
        }

        return links;
    }

    private static Task<long> JobsAsync(Deployment deployment, string slug, string state) =>
        deployment.ScalarAsync<long>(
            "SELECT count(*) FROM hangfire.job WHERE statename = @state AND invocationdata::text LIKE '%LinkProposalJob%' AND arguments->>0 = (SELECT id::text FROM tenants WHERE slug = @slug)",
            ("state", state), ("slug", slug));

    private static Task<long> LastLinkJobAsync(Deployment deployment, string slug) =>
        deployment.ScalarAsync<long>(
            "SELECT max(id) FROM hangfire.job WHERE invocationdata::text LIKE '%LinkProposalJob%' AND arguments->>0 = (SELECT id::text FROM tenants WHERE slug = @slug)",
            ("slug", slug));

    private static Task<long> StatesAsync(Deployment deployment, long job, string state) =>
        deployment.ScalarAsync<long>("SELECT count(*) FROM hangfire.state WHERE jobid = @job AND name = @state", ("job", job), ("state", state));

    private static Task<long> WaitingInsertsAsync(Deployment deployment) =>
        deployment.ScalarAsync<long>(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND usename = @role AND wait_event_type = 'Lock' AND query ILIKE '%INSERT INTO recommendation_links%'",
            ("role", TestDatabase.AppRole));

    private static async Task WaitAsync(Deployment deployment, Func<Task<long>> count, long atLeast, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (await count() < atLeast)
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Waited two minutes for {what}.{Environment.NewLine}{deployment.Output}");
            }

            await Task.Delay(250);
        }
    }
}
