using System.Net;

namespace Simore.IntegrationTests.Security;

/// <summary>
/// SQL-looking text and text far longer than any field needs, in every free-text field of every form
/// the principals reach: never a server error; the long text gets a message saying what is wrong.
/// </summary>
public sealed class HostileInputTests
{
    /// <summary>One character more than the longest field the app accepts (meeting minutes, 100,000).</summary>
    public const int LongLength = 100_001;

    private const string SqlLike = "'; DROP TABLE recommendations; -- \" OR 1=1 /* %_\\ $1 ::text";

    [Test]
    public async Task SQL_looking_and_very_long_input_gets_a_message_never_a_server_error()
    {
        using var tenants = await TwoTenants.CreateAsync();
        var crawler = new FormCrawler(tenants.A);
        var problems = new List<string>();
        var count = 0;
        var longText = new string('x', LongLength);

        foreach (var principal in FormSweep.Order)
        {
            var browser = tenants[principal];
            var pages = await crawler.CrawlAsync(browser, FormSweep.Starts(principal, tenants.A));
            foreach (var form in FormCrawler.Forms(principal, pages))
            {
                var (sqlAnswer, sqlAfter) = await FormCrawler.SubmitAsync(browser, form, (_, _) => SqlLike);
                var (longAnswer, longAfter) = await FormCrawler.SubmitAsync(browser, form, (_, type) => type == "email" ? longText + "@example.org" : longText);
                count += 2;
                if ((int)sqlAnswer.Status >= 500 || (int?)sqlAfter?.Status >= 500)
                {
                    problems.Add($"{form}, SQL-like text: {(int)sqlAnswer.Status}");
                }

                if ((int)longAnswer.Status >= 500 || (int?)longAfter?.Status >= 500)
                {
                    problems.Add($"{form}, {LongLength} characters: {(int)longAnswer.Status}");
                }
                else if (!Refused(longAnswer, longAfter))
                {
                    problems.Add($"{form}, {LongLength} characters: accepted without a message ({(int)longAnswer.Status}{(longAnswer.Location is null ? string.Empty : " → " + longAnswer.Location)})");
                }
            }
        }

        // What was stored (SQL-looking names, notes, comments) must not break the pages that show it.
        foreach (var principal in FormSweep.Order)
        {
            foreach (var page in await new FormCrawler(tenants.A).CrawlAsync(tenants[principal], FormSweep.Starts(principal, tenants.A)))
            {
                count++;
                Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
            }
        }

        TestContext.Out.WriteLine($"{count} requests");
        Assert.That(problems, Is.Empty, Report.Lines(problems));
    }

    /// <summary>A validation message on the answer (or on the page it redirects to), or a refusal status.</summary>
    private static bool Refused(Browser.Page answer, Browser.Page? after) =>
        (int)answer.Status is >= 400 and < 500
        || HasMessage(answer)
        || (after is not null && HasMessage(after));

    private static bool HasMessage(Browser.Page page) =>
        page.Document.QuerySelectorAll(".alert-danger, .text-danger, .invalid-feedback, [role=alert]")
            .Any(e => !string.IsNullOrWhiteSpace(e.TextContent));
}
