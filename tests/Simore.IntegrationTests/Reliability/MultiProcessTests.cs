using System.Net;
using Npgsql;
using Simore.Core.Demo;
using Simore.Core.Identity;

namespace Simore.IntegrationTests.Reliability;

/// <summary>
/// Two web processes behind one address and worker processes, on one database, as a scaled-out
/// deployment runs: a person's cookies and forms from one process are good on the other (the Data
/// Protection keys live in PostgreSQL), and a recurring job runs once per occurrence, not once per process.
/// </summary>
public sealed class MultiProcessTests
{
    [Test]
    public async Task Web_processes_share_sign_in_and_forms_and_workers_share_the_schedule()
    {
        await using var deployment = await Deployment.CreateAsync();
        await deployment.CliAsync("seed-demo", "--file", Fixtures.DataFile("ohchr", DemoData.ListFileName));
        var schedule = new[] { ("Jobs__Recurring", "true"), ("Jobs__EmailDispatchCron", "*/2 * * * * *"), ("Jobs__RemindersCron", "0 6 1 1 *") };
        var started = await Task.WhenAll(
            deployment.StartAsync("web 1", "web", schedule),
            deployment.StartAsync("web 2", "web", schedule),
            deployment.StartAsync("worker 1", "worker", schedule),
            deployment.StartAsync("worker 2", "worker", schedule));
        var (web1, web2) = (started[0], started[1]);
        var workers = new[] { started[2].Id, started[3].Id };
        var watchFrom = DateTimeOffset.UtcNow;

        // The focal point signs in on one process, and the other knows them; a form from one is accepted by the other.
        var jar = new CookieContainer();
        using var one = Browse(web1, jar);
        using var two = Browse(web2, jar);
        var signedIn = await one.SubmitAsync(await one.GetAsync("/account/login"), new Dictionary<string, string> { ["Email"] = "focal@svn.simore.example", ["Password"] = DemoData.Password });
        var work = await two.GetAsync("/svn/work");
        var preferences = await one.GetAsync("/account/preferences");
        var saved = await PostElsewhereAsync(two, preferences, "/account/preferences", new Dictionary<string, string> { ["DigestFrequency"] = "Daily", ["Reminders"] = "false" });
        var after = await one.GetAsync("/account/preferences");

        Assert.That(signedIn.Status, Is.EqualTo(HttpStatusCode.Redirect), deployment.Output);
        Assert.That(work.Status, Is.EqualTo(HttpStatusCode.OK), "the sign-in cookie of web 1 is good on web 2");
        Assert.That(saved.Status, Is.EqualTo(HttpStatusCode.Redirect), "the antiforgery token of web 1's form is good on web 2");
        Assert.That(((AngleSharp.Html.Dom.IHtmlInputElement)after.Document.GetElementById("digest-Daily")!).IsChecked, Is.True, "the change is saved and seen by web 1");

        // The administrator gives the password to one process and the second factor to the other.
        var adminJar = new CookieContainer();
        using var adminOne = Browse(web1, adminJar);
        using var adminTwo = Browse(web2, adminJar);
        var password = await adminTwo.SubmitAsync(await adminTwo.GetAsync("/account/login"), new Dictionary<string, string> { ["Email"] = "admin@svn.simore.example", ["Password"] = DemoData.Password });
        var challenge = await adminOne.GetAsync(password.Location!);
        var code = await adminOne.SubmitAsync(challenge, new Dictionary<string, string> { ["Code"] = Totp.Code(DemoData.AdministratorTotpSecret, DateTimeOffset.UtcNow) });
        var workspace = await adminTwo.GetAsync("/svn/admin");

        Assert.That(password.Location, Does.Contain("/account/login-2fa"));
        Assert.That(code.Status, Is.EqualTo(HttpStatusCode.Redirect), code.Text);
        Assert.That(workspace.Status, Is.EqualTo(HttpStatusCode.OK), "signed in with both factors, across processes");
        Assert.That(await deployment.ScalarAsync<long>("SELECT count(*) FROM data_protection_keys"), Is.GreaterThanOrEqualTo(1));

        // Every two seconds the dispatch is due; both workers look, one job is made per occurrence, and it runs once.
        await Task.Delay(TimeSpan.FromSeconds(14));
        var runs = await RecurringRunsAsync(deployment, watchFrom);
        TestContext.Out.WriteLine(string.Join(Environment.NewLine, runs.Select(r => $"job {r.Job}: occurrence {r.Occurrence}, {r.Executions} run(s), server {r.Server}")));

        Assert.That(runs, Has.Count.GreaterThanOrEqualTo(3), "the schedule ran: " + deployment.Output);
        Assert.That(runs.GroupBy(r => r.Occurrence).Where(g => g.Count() > 1).Select(g => g.Key), Is.Empty, "one job per occurrence");
        Assert.That(runs.Where(r => r.Job != runs[^1].Job).Select(r => r.Executions), Has.All.EqualTo(1), "each job ran once (the last may still be waiting)");
        Assert.That(runs.Select(r => r.Server), Has.All.Matches<string>(server => workers.Any(pid => server.Contains($":{pid}:", StringComparison.Ordinal))), "only worker processes run jobs");
        Assert.That(await ServersAsync(deployment), Is.EqualTo(2), "the two workers are job servers; the web processes are not");
    }

    private static Browser Browse(AppProcess process, CookieContainer jar) =>
        new(new HttpClient(new HttpClientHandler { CookieContainer = jar, UseCookies = true, AllowAutoRedirect = false }) { BaseAddress = process.BaseAddress });

    /// <summary>Posts the form of a page one process served to the other process, as a load balancer may send it.</summary>
    private static async Task<Browser.Page> PostElsewhereAsync(Browser other, Browser.Page page, string action, Dictionary<string, string> fields)
    {
        var form = page.Form(action);
        var values = form.QuerySelectorAll("input[name]").OfType<AngleSharp.Html.Dom.IHtmlInputElement>()
            .Where(i => i.Type is not ("submit" or "button" or "checkbox" or "radio") && !fields.ContainsKey(i.Name!))
            .Select(i => new KeyValuePair<string, string>(i.Name!, i.Value))
            .Concat(form.QuerySelectorAll("select[name]").OfType<AngleSharp.Html.Dom.IHtmlSelectElement>().Select(s => new KeyValuePair<string, string>(s.Name!, s.Value ?? string.Empty)))
            .Concat(fields)
            .ToList();
        using var content = new FormUrlEncodedContent(values);
        using var response = await other.Client.PostAsync(action, content);
        return await Browser.Page.ReadAsync(response);
    }

    private sealed record RecurringRun(long Job, string Occurrence, long Executions, string Server);

    /// <summary>The e-mail dispatch jobs the schedule made since <paramref name="since"/>: which occurrence each was for, and who ran it how often.</summary>
    private static async Task<List<RecurringRun>> RecurringRunsAsync(Deployment deployment, DateTimeOffset since)
    {
        await using var connection = await deployment.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT j.id,
                   coalesce((SELECT p.value FROM hangfire.jobparameter p WHERE p.jobid = j.id AND p.name = 'Time'), to_char(j.createdat, 'HH24:MI:SS')),
                   (SELECT count(*) FROM hangfire.state s WHERE s.jobid = j.id AND s.name = 'Processing'),
                   coalesce((SELECT string_agg(DISTINCT s.data->>'ServerId', ',') FROM hangfire.state s WHERE s.jobid = j.id AND s.name = 'Processing'), '')
            FROM hangfire.job j
            WHERE j.createdat >= @since
              AND EXISTS (SELECT 1 FROM hangfire.jobparameter p WHERE p.jobid = j.id AND p.name = 'RecurringJobId' AND p.value LIKE '%email-dispatch%')
            ORDER BY j.id
            """, connection);
        command.Parameters.AddWithValue("since", since);
        var runs = new List<RecurringRun>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            runs.Add(new RecurringRun(reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2), reader.GetString(3)));
        }

        return runs;
    }

    private static Task<long> ServersAsync(Deployment deployment) =>
        deployment.ScalarAsync<long>("SELECT count(*) FROM hangfire.server WHERE lastheartbeat > now() - interval '1 minute'");
}
