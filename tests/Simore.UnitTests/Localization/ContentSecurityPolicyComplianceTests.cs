using System.Text.RegularExpressions;
using Simore.Testing;

namespace Simore.UnitTests.Localization;

/// <summary>
/// The content security policy forbids inline scripts, inline event handlers and inline styles;
/// a view that used one would break in the browser. Catch it here instead.
/// </summary>
public sealed partial class ContentSecurityPolicyComplianceTests
{
    [Test]
    public void No_view_has_inline_scripts_styles_or_event_handlers()
    {
        var views = Directory.EnumerateFiles(RepositoryFiles.PathOf("src", "Simore.Web"), "*.cshtml", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
            .ToList();
        var offenders = new List<string>();
        foreach (var view in views)
        {
            var text = File.ReadAllText(view);
            foreach (var pattern in new[] { InlineScript(), StyleAttribute(), StyleElement(), EventHandler() })
            {
                if (pattern.IsMatch(text))
                {
                    offenders.Add($"{Path.GetFileName(view)}: {pattern.Match(text).Value}");
                }
            }
        }

        Assert.That(views, Is.Not.Empty);
        Assert.That(offenders, Is.Empty);
    }

    [GeneratedRegex(@"<script(?![^>]*\bsrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex(@"\sstyle\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex StyleAttribute();

    [GeneratedRegex(@"<style[\s>]", RegexOptions.IgnoreCase)]
    private static partial Regex StyleElement();

    [GeneratedRegex(@"\son[a-z]+\s*=\s*[""']", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandler();
}
