using System.Net;

namespace Simore.IntegrationTests.Security;

/// <summary>
/// Script in every free-text field of every form the principals can reach: whatever is kept is kept
/// as typed and shown as text, and no page (the form's answer, the lists, the public portal, the
/// moderation queue) ever turns it into an element or an attribute that would run.
/// </summary>
public sealed class CrossSiteScriptingTests
{
    [Test]
    public async Task Script_typed_into_any_form_is_kept_inert_and_shown_as_text_everywhere()
    {
        using var tenants = await TwoTenants.CreateAsync();
        var crawler = new FormCrawler(tenants.A);
        var sent = new Dictionary<string, string>(StringComparer.Ordinal);
        var shapes = new HashSet<string>(StringComparer.Ordinal);
        var problems = new List<string>();
        var shown = new HashSet<string>(StringComparer.Ordinal);

        // Twice round: the first forms make drafts, groups and comments whose own forms appear only then.
        for (var round = 1; round <= 2; round++)
        {
            foreach (var principal in FormSweep.Order)
            {
                var browser = tenants[principal];
                var pages = await crawler.CrawlAsync(browser, FormSweep.Starts(principal, tenants.A));
                foreach (var page in pages)
                {
                    Inspect(page, $"{page.Url} as {principal}");
                }

                foreach (var form in FormCrawler.Forms(principal, pages).Where(f => shapes.Add(f.Shape)))
                {
                    var (answer, after) = await FormCrawler.SubmitAsync(browser, form, (field, type) =>
                    {
                        var marker = $"XSS{sent.Count + 1}Z";
                        sent[marker] = $"{form.Shape} → {field}";
                        return Payload(marker, type);
                    });
                    if ((int)answer.Status >= 500)
                    {
                        problems.Add($"{form}: {(int)answer.Status}");
                    }

                    Inspect(answer, $"the answer to {form}");
                    if (after is not null)
                    {
                        Inspect(after, $"the page after {form}");
                    }
                }
            }
        }

        TestContext.Out.WriteLine($"{sent.Count} fields of {shapes.Count} forms; shown back as text: {shown.Count}");
        foreach (var (marker, field) in sent.Where(s => !shown.Contains(s.Key)))
        {
            TestContext.Out.WriteLine($"not shown anywhere afterwards (refused, or kept out of sight): {field}");
        }

        Assert.That(problems, Is.Empty, Report.Lines(problems));
        Assert.That(sent, Has.Count.GreaterThan(40), "the sweep reached the app's forms");
        Assert.That(shown, Has.Count.GreaterThan(20), "many payloads were kept and shown again, as text");

        void Inspect(Browser.Page page, string where)
        {
            foreach (var injected in Injection.Find(page.Document, "XSS"))
            {
                problems.Add($"{where}: {injected}");
            }

            foreach (var marker in sent.Keys.Where(m => !shown.Contains(m) && page.Text.Contains($"<script>alert('{m}')</script>", StringComparison.Ordinal)))
            {
                shown.Add(marker);
            }
        }
    }

    /// <summary>
    /// A script element, an attribute break-out with an event handler, and a link whose quote would
    /// break out of the href the app makes of it; a javascript: address for address fields.
    /// </summary>
    public static string Payload(string marker, string type) => type == "url"
        ? $"javascript:alert('{marker}')"
        : $"<script>alert('{marker}')</script>\"'><img src=x onerror=alert('{marker}')> https://example.org/?\"onmouseover=\"alert('{marker}')";

    [Test]
    public void The_payload_is_recognised_when_it_is_not_encoded()
    {
        // The detector must see what an unencoded payload makes, or the test above proves nothing.
        var raw = new AngleSharp.Html.Parser.HtmlParser().ParseDocument($"<p>{Payload("XSS1Z", "text")}</p><a href=\"{Payload("XSS2Z", "url")}\">x</a>");
        var encoded = new AngleSharp.Html.Parser.HtmlParser().ParseDocument($"<p>{WebUtility.HtmlEncode(Payload("XSS1Z", "text"))}</p>");

        Assert.That(Injection.Find(raw, "XSS").ToList(), Has.Count.GreaterThanOrEqualTo(3));
        Assert.That(Injection.Find(encoded, "XSS"), Is.Empty);
        Assert.That(encoded.Body!.TextContent, Does.Contain("<script>alert('XSS1Z')</script>"));
    }
}
