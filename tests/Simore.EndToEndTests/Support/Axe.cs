using System.Globalization;
using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Simore.EndToEndTests;

/// <summary>axe-core on the page as it is drawn: serious and critical violations fail, with a list a person can act on.</summary>
public static class Axe
{
    private static readonly string[] Failing = ["serious", "critical"];

    public static async Task ExpectNoSeriousViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },

            // Details of the violations only: listing every passing node of a long page costs more than the checks.
            ResultTypes = [ResultType.Violations],
            Iframes = false,
        });
        var serious = result.Violations.Where(v => Failing.Contains(v.Impact)).ToList();
        if (serious.Count > 0)
        {
            Assert.Fail(Describe(page.Url, serious));
        }
    }

    private static string Describe(string url, List<AxeResultItem> violations)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{violations.Count} serious or critical accessibility violations on {url}:");
        foreach (var violation in violations)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n- {violation.Id} ({violation.Impact}): {violation.Help} [{violation.HelpUrl}]");
            foreach (var node in violation.Nodes.Take(5))
            {
                var checks = node.Any.Concat(node.All).Concat(node.None).Select(c => c.Message).Distinct();
                text.Append(CultureInfo.InvariantCulture, $"\n    {node.Target}: {Shorten(node.Html)}\n      {string.Join(" / ", checks)}");
            }

            if (violation.Nodes.Length > 5)
            {
                text.Append(CultureInfo.InvariantCulture, $"\n    ... and {violation.Nodes.Length - 5} more");
            }
        }

        return text.ToString();
    }

    private static string Shorten(string html) => html.Length > 160 ? html[..160] + "..." : html;
}
