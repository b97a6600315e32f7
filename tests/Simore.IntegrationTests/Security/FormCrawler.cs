using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;

namespace Simore.IntegrationTests.Security;

/// <summary>A form found on a page: where it posts, and the fields a person types into.</summary>
public sealed record FoundForm(Principal Principal, Browser.Page Page, IHtmlFormElement Element, string Action, string Method, IReadOnlyList<string> TextFields)
{
    /// <summary>The same form on another recommendation or entry is the same form: numbers do not count.</summary>
    public string Shape => $"{Method} {Regex.Replace(Action.Split('?')[0], @"\d+", "N")} [{string.Join(',', TextFields.Order(StringComparer.Ordinal))}]";

    public override string ToString() => $"{Method} {Action} as {Principal}";
}

/// <summary>
/// Walks the pages a principal can reach by following links inside the tenant, the way a person
/// clicking around would, and collects every form with a free-text field. Bounded: pages of the same
/// shape (the same path with other numbers) are read once.
/// </summary>
public sealed partial class FormCrawler(TenantData tenant)
{
    private const int MaxPagesPerPrincipal = 120;

    /// <summary>Forms the crawler reads but never sends: they end the session or remove the people the crawl signs in as.</summary>
    private static readonly string[] NeverSent = ["/account/logout", "/language", "/deactivate", "/hand-over", "/end", "/two-factor"];

    private static readonly string[] NotPages = ["/account/logout", "/language", "/hangfire", "/export.", ".xlsx", ".csv", ".json", "/evidence/", "/api/", "/openapi"];

    public List<Browser.Page> Pages { get; } = [];

    /// <summary>The pages of the tenant (and the account pages) reachable from <paramref name="starts"/>.</summary>
    public async Task<List<Browser.Page>> CrawlAsync(Browser browser, IEnumerable<string> starts)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>(starts);
        var pages = new List<Browser.Page>();
        while (queue.Count > 0 && pages.Count < MaxPagesPerPrincipal)
        {
            var url = queue.Dequeue();
            if (!seen.Add(PageShape(url)))
            {
                continue;
            }

            var page = await browser.GetAsync(url);
            if (page.Status != System.Net.HttpStatusCode.OK || !page.Html.Contains("<html", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            pages.Add(page);
            foreach (var link in page.Document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
            {
                if (Inside(link))
                {
                    queue.Enqueue(link.Split('#')[0]);
                }
            }
        }

        Pages.AddRange(pages);
        return pages;
    }

    /// <summary>The forms on these pages with at least one free-text field, one per shape, minus the ones never sent.</summary>
    public static List<FoundForm> Forms(Principal principal, IEnumerable<Browser.Page> pages) =>
        pages.SelectMany(page => page.Document.Forms.Select(form => Describe(principal, page, form)))
            .Where(f => f.TextFields.Count > 0 && !NeverSent.Any(n => f.Action.Contains(n, StringComparison.Ordinal)))
            .DistinctBy(f => f.Shape)
            .ToList();

    /// <summary>Fills the form as a person would (text fields from <paramref name="text"/>, a choice in empty lists) and sends it; follows one redirect.</summary>
    public static async Task<(Browser.Page Answer, Browser.Page? After)> SubmitAsync(Browser browser, FoundForm form, Func<string, string, string> text)
    {
        var fields = new Dictionary<string, string>();
        foreach (var name in form.TextFields)
        {
            var type = form.Element.QuerySelector($"[name='{name}']")?.GetAttribute("type") ?? "text";
            fields[name] = text(name, type);
        }

        foreach (var select in form.Element.QuerySelectorAll("select[name]").OfType<IHtmlSelectElement>())
        {
            if (string.IsNullOrEmpty(select.Value) && select.Options.FirstOrDefault(o => !string.IsNullOrEmpty(o.Value)) is { } first)
            {
                fields[select.Name!] = first.Value;
            }
        }

        Browser.Page answer;
        if (form.Method == "get")
        {
            var query = string.Join('&', form.Element.QuerySelectorAll("input[name], select[name], textarea[name]")
                .Select(e => e.GetAttribute("name")!)
                .Distinct()
                .Select(n => Uri.EscapeDataString(n) + "=" + Uri.EscapeDataString(fields.GetValueOrDefault(n) ?? (form.Element.QuerySelector($"[name='{n}']") as IHtmlInputElement)?.Value ?? string.Empty)));
            answer = await browser.GetAsync(form.Action.Split('?')[0] + "?" + query);
        }
        else
        {
            answer = await PostAsync(browser, form, fields);
        }

        var after = answer.Status is System.Net.HttpStatusCode.Redirect or System.Net.HttpStatusCode.Found && answer.Location is { } location && !location.StartsWith("http", StringComparison.Ordinal)
            ? await browser.GetAsync(location)
            : null;
        return (answer, after);
    }

    /// <summary>Posts this very form (not the first one whose action looks alike), with its hidden fields and current values.</summary>
    private static async Task<Browser.Page> PostAsync(Browser browser, FoundForm form, Dictionary<string, string> fields)
    {
        var values = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Element.QuerySelectorAll("input[name], select[name], textarea[name]"))
        {
            var name = element.GetAttribute("name")!;
            if (fields.ContainsKey(name))
            {
                continue;
            }

            switch (element)
            {
                case IHtmlInputElement { Type: "submit" or "button" or "file" }:
                    break;
                case IHtmlInputElement { Type: "checkbox" or "radio" } box:
                    if (box.IsChecked)
                    {
                        values.Add(new(name, box.Value));
                    }

                    break;
                case IHtmlInputElement input:
                    values.Add(new(name, input.Value));
                    break;
                case IHtmlSelectElement select:
                    values.AddRange(select.Options.Where(o => o.IsSelected).Select(o => new KeyValuePair<string, string>(name, o.Value)));
                    break;
                case IHtmlTextAreaElement area:
                    values.Add(new(name, area.Value));
                    break;
            }
        }

        values.AddRange(fields);
        using var content = new FormUrlEncodedContent(values);
        using var response = await browser.Client.PostAsync(form.Action, content);
        return await Browser.Page.ReadAsync(response);
    }

    private static FoundForm Describe(Principal principal, Browser.Page page, IHtmlFormElement form)
    {
        var method = (form.GetAttribute("method") ?? "get").ToLowerInvariant();
        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : page.Url;
        var text = form.QuerySelectorAll("input[name], textarea[name]")
            .Where(e => e is IHtmlTextAreaElement
                || (e.GetAttribute("type") ?? "text").ToLowerInvariant() is "text" or "search" or "email" or "url" or "tel")
            .Where(e => !e.HasAttribute("readonly"))
            .Select(e => e.GetAttribute("name")!)
            .Distinct()
            .ToList();
        return new FoundForm(principal, page, form, action, method, text);
    }

    private bool Inside(string link) =>
        link.StartsWith('/')
        && !link.StartsWith("//", StringComparison.Ordinal)
        && (link.StartsWith("/" + tenant.Tenant.Slug, StringComparison.Ordinal) || link.StartsWith("/account/preferences", StringComparison.Ordinal) || link.StartsWith("/platform", StringComparison.Ordinal))
        && !NotPages.Any(n => link.Contains(n, StringComparison.Ordinal))
        && !link.Contains("culture=", StringComparison.Ordinal);

    /// <summary>The path with its numbers blanked and the names (not values) of its query: one page per shape.</summary>
    private static string PageShape(string url)
    {
        var parts = url.Split('?', 2);
        var keys = parts.Length > 1 ? string.Join('&', parts[1].Split('&').Select(p => p.Split('=')[0]).Order(StringComparer.Ordinal)) : string.Empty;
        return Digits().Replace(parts[0], "N") + "?" + keys;
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
