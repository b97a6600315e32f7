using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using Microsoft.AspNetCore.Html;
using Simore.Web.Features.Shared;

namespace Simore.Web.Features.CivilSociety;

/// <summary>
/// Shows what a visitor typed as inert text: everything is HTML-encoded, line breaks become
/// &lt;br&gt;, and bare http(s) addresses become links that search engines do not follow. No other
/// markup is recognised, so scripts, styles and HTML typed by anyone stay text.
/// </summary>
public static partial class PlainTextWithLinks
{
    /// <summary>Encodes only what HTML needs, so Arabic, Chinese or Cyrillic text stays readable in the source.</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>Punctuation that ends a sentence more often than it ends an address.</summary>
    private static readonly char[] Trailing = ['.', ',', ';', ':', '!', '?', '\'', ')', ']', '}', '*'];

    public static IHtmlContent Render(string? text) => new HtmlString(ToHtml(text));

    public static string ToHtml(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var html = new StringBuilder(text.Length + 32);
        var position = 0;
        foreach (Match match in Address().Matches(text))
        {
            var address = TrimTrailing(match.Value);
            if (!WebAddress.IsValid(address))
            {
                continue;
            }

            AppendText(html, text.AsSpan(position, match.Index - position));
            var encoded = Encoder.Encode(address);
            html.Append("<a href=\"").Append(encoded).Append("\" rel=\"nofollow noopener ugc\">").Append(encoded).Append("</a>");
            position = match.Index + address.Length;
        }

        AppendText(html, text.AsSpan(position));
        return html.ToString();
    }

    private static void AppendText(StringBuilder html, ReadOnlySpan<char> text)
    {
        var lines = text.ToString().Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                html.Append("<br>");
            }

            html.Append(Encoder.Encode(lines[i]));
        }
    }

    /// <summary>Drops closing punctuation after an address, keeping a parenthesis the address itself opened (Wikipedia style).</summary>
    private static string TrimTrailing(string address)
    {
        var end = address.Length;
        while (end > 0 && Trailing.Contains(address[end - 1]))
        {
            if (address[end - 1] == ')' && address.AsSpan(0, end).Count('(') >= address.AsSpan(0, end).Count(')'))
            {
                break;
            }

            end--;
        }

        return address[..end];
    }

    /// <summary>An address runs until white space or a character that cannot be part of one in running text.</summary>
    [GeneratedRegex(@"\bhttps?://[^\s<>""`{}|\\^]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Address();
}
