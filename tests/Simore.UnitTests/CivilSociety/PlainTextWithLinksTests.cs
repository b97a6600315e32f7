using System.Net;
using System.Text.RegularExpressions;
using Simore.Web.Features.CivilSociety;
using Simore.Web.Features.Shared;

namespace Simore.UnitTests.CivilSociety;

public sealed partial class PlainTextWithLinksTests
{
    [Test]
    public void A_script_stays_text()
    {
        var html = PlainTextWithLinks.ToHtml("<script>alert(1)</script>");

        Assert.That(html, Is.EqualTo("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    [Test]
    public void An_attribute_breakout_stays_text()
    {
        var html = PlainTextWithLinks.ToHtml("\"><img src=x onerror=alert(1)>");

        Assert.That(html, Is.EqualTo("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
        Assert.That(TextOf(html), Is.EqualTo("\"><img src=x onerror=alert(1)>"));
    }

    [Test]
    public void A_style_element_stays_text()
    {
        const string Typed = "<style>body{display:none}</style><a href=\"https://evil.example\" onclick=\"x()\">x</a>";

        var html = PlainTextWithLinks.ToHtml(Typed);

        Assert.That(html, Does.Not.Contain("<style"));
        Assert.That(Tags(html), Is.EqualTo(new[] { "<a href=\"https://evil.example\" rel=\"nofollow noopener ugc\">", "</a>" }), "only the bare address became a link");
        Assert.That(TextOf(html), Is.EqualTo(Typed));
    }

    [Test]
    public void A_bare_web_address_becomes_a_link_that_is_not_followed()
    {
        var html = PlainTextWithLinks.ToHtml("See https://example.org/report?a=1&b=2 for details.");

        Assert.That(html, Is.EqualTo("See <a href=\"https://example.org/report?a=1&amp;b=2\" rel=\"nofollow noopener ugc\">https://example.org/report?a=1&amp;b=2</a> for details."));
    }

    [TestCase("javascript:alert(1)")]
    [TestCase("JaVaScRiPt:alert(document.cookie)")]
    [TestCase("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==")]
    [TestCase("ftp://example.org/file")]
    [TestCase("vbscript:msgbox(1)")]
    public void Other_schemes_are_never_links(string text)
    {
        var html = PlainTextWithLinks.ToHtml("Click " + text);

        Assert.That(Tags(html), Is.Empty);
        Assert.That(TextOf(html), Is.EqualTo("Click " + text));
    }

    [Test]
    public void A_quote_ends_the_address_and_cannot_open_an_attribute()
    {
        var html = PlainTextWithLinks.ToHtml("http://example.org/a\"onmouseover=\"alert(1)");

        Assert.That(html, Is.EqualTo("<a href=\"http://example.org/a\" rel=\"nofollow noopener ugc\">http://example.org/a</a>&quot;onmouseover=&quot;alert(1)"));
        Assert.That(TextOf(html), Is.EqualTo("http://example.org/a\"onmouseover=\"alert(1)"));
    }

    [Test]
    public void A_single_quote_inside_an_address_is_encoded_in_the_attribute()
    {
        var html = PlainTextWithLinks.ToHtml("https://example.org/it's'onclick='alert(1)");

        Assert.That(html, Does.Not.Contain("'"));
        Assert.That(Tags(html), Is.EqualTo(new[] { "<a href=\"https://example.org/it&#x27;s&#x27;onclick=&#x27;alert(1)\" rel=\"nofollow noopener ugc\">", "</a>" }));
        Assert.That(TextOf(html), Is.EqualTo("https://example.org/it's'onclick='alert(1)"));
    }

    [Test]
    public void Closing_punctuation_after_an_address_is_not_part_of_it()
    {
        var html = PlainTextWithLinks.ToHtml("(see https://example.org/a). And https://en.wikipedia.org/wiki/Roma_(people).");

        Assert.That(Hrefs(html), Is.EqualTo(new[] { "https://example.org/a", "https://en.wikipedia.org/wiki/Roma_(people)" }));
        Assert.That(TextOf(html), Is.EqualTo("(see https://example.org/a). And https://en.wikipedia.org/wiki/Roma_(people)."));
    }

    [Test]
    public void Line_breaks_are_kept_and_nothing_else_is_interpreted()
    {
        var html = PlainTextWithLinks.ToHtml("First line\r\nSecond **bold** line\n\n<b>third</b>");

        Assert.That(html, Is.EqualTo("First line<br>Second **bold** line<br><br>&lt;b&gt;third&lt;/b&gt;"));
    }

    [Test]
    public void Arabic_text_stays_readable_with_its_link()
    {
        const string Before = "\u0627\u0644\u062A\u0642\u0631\u064A\u0631 \u0645\u062A\u0627\u062D \u0647\u0646\u0627: ";
        const string Address = "https://example.org/ar/\u062A\u0642\u0631\u064A\u0631";
        const string After = " \u0634\u0643\u0631\u0627";

        var html = PlainTextWithLinks.ToHtml(Before + Address + After);

        Assert.That(html, Is.EqualTo(Before + "<a href=\"" + Address + "\" rel=\"nofollow noopener ugc\">" + Address + "</a>" + After));
    }

    [Test]
    public void An_address_without_a_host_stays_text()
    {
        var html = PlainTextWithLinks.ToHtml("http:// and https:///path");

        Assert.That(Tags(html), Is.Empty);
    }

    [Test]
    public void A_word_that_only_ends_in_http_is_not_an_address()
    {
        var html = PlainTextWithLinks.ToHtml("xhttp://example.org");

        Assert.That(Tags(html), Is.Empty);
    }

    [TestCase(null, "")]
    [TestCase("", "")]
    [TestCase("a & b", "a &amp; b")]
    public void Empty_and_simple_text(string? text, string expected) =>
        Assert.That(PlainTextWithLinks.ToHtml(text), Is.EqualTo(expected));

    [TestCase("https://example.org", true)]
    [TestCase("HTTP://EXAMPLE.ORG/a", true)]
    [TestCase("javascript:alert(1)", false)]
    [TestCase("//example.org", false)]
    [TestCase("/relative", false)]
    [TestCase("mailto:a@example.org", false)]
    [TestCase(null, false)]
    public void Only_absolute_web_addresses_count(string? value, bool expected) =>
        Assert.That(WebAddress.IsValid(value), Is.EqualTo(expected));

    /// <summary>Every tag in the output; the renderer may only write its own links and line breaks.</summary>
    private static List<string> Tags(string html) => Tag().Matches(html).Select(m => m.Value).Where(t => t != "<br>").ToList();

    private static List<string> Hrefs(string html) => Href().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

    /// <summary>What a browser shows: tags removed, entities decoded, line breaks as new lines.</summary>
    private static string TextOf(string html) => WebUtility.HtmlDecode(Tag().Replace(html.Replace("<br>", "\n", StringComparison.Ordinal), string.Empty));

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex("<a href=\"([^\"]*)\"")]
    private static partial Regex Href();
}
