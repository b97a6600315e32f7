using System.Globalization;
using System.Text;
using Simore.Core.Reports.Compose;

namespace Simore.Core.Reports.Html;

/// <summary>How the HTML is used: printed to PDF (stylesheet inline, page numbers known) or previewed in the browser.</summary>
public sealed record HtmlOutput
{
    /// <summary>Link the stylesheet here instead of inlining it (the browser preview, whose content security policy forbids inline styles).</summary>
    public string? StylesheetHref { get; init; }

    /// <summary>Page of each heading's anchor, filled in on the second pass of a PDF.</summary>
    public IReadOnlyDictionary<string, int>? Pages { get; init; }

    /// <summary>Reserve room for page numbers in the contents (the first pass of a PDF) without knowing them yet.</summary>
    public bool PagePlaceholders { get; init; }

    public PreviewBanner? Banner { get; init; }
}

public sealed record PreviewBanner(string Text, string BackHref, string BackText);

/// <summary>Writes a report document as one HTML page: the browser preview and, printed by Chromium, the PDF.</summary>
public static class HtmlReportWriter
{
    private static readonly Lazy<string> Css = new(() =>
    {
        using var stream = typeof(HtmlReportWriter).Assembly.GetManifestResourceStream("Simore.Core.Reports.Html.report.css")
            ?? throw new InvalidOperationException("The report stylesheet is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    public static string Stylesheet => Css.Value;

    public static string Write(ReportDocument document, HtmlOutput output)
    {
        var html = new StringBuilder(256 * 1024);
        Open(html, document.Title, document.Language, document.RightToLeft, output);
        html.Append("<div class=\"sheet\">");
        WriteTitlePage(html, document);
        var numbered = 0;
        var inAnnex = false;
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case ContentsBlock contents:
                    WriteContents(html, contents, document, output);
                    break;
                case HeadingBlock heading:
                    WriteHeading(html, heading);
                    break;
                case ParagraphBlock paragraph:
                    WriteParagraph(html, paragraph, paragraph.Kind == ParagraphKind.Numbered ? ++numbered : 0);
                    break;
                case TableBlock table:
                    WriteTable(html, table);
                    break;
                case StatusChartBlock chart:
                    StatusChartHtml.Write(html, chart, document.RightToLeft);
                    break;
                case AnnexBlock when !inAnnex:
                    inAnnex = true;
                    html.Append("</div><div class=\"sheet wide annex\">");
                    break;
            }
        }

        html.Append("</div>");
        return Close(html);
    }

    /// <summary>The implementation matrix as a plain table, for the browser preview of a spreadsheet request.</summary>
    public static string WriteMatrix(MatrixTable matrix, string title, ReportText text, HtmlOutput output)
    {
        var html = new StringBuilder(256 * 1024);
        Open(html, title, text.Language, text.IsRightToLeft, output);
        html.Append("<div class=\"sheet wide\"><h1 class=\"title\">").Append(Encode(title)).Append("</h1>");
        var columns = matrix.Headers.Select(h => new TableColumn(h)).ToList();
        var rows = matrix.Rows.Select(r => (IReadOnlyList<Cell>)r.Select(v => new Cell(v switch
        {
            null => string.Empty,
            DateOnly d => text.Date(d),
            IFormattable f => f.ToString(null, text.Culture),
            _ => v.ToString() ?? string.Empty,
        })).ToList()).ToList();
        WriteTable(html, new TableBlock(columns, rows));
        html.Append("</div>");
        return Close(html);
    }

    private static void Open(StringBuilder html, string title, string language, bool rightToLeft, HtmlOutput output)
    {
        html.Append("<!DOCTYPE html><html lang=\"").Append(language).Append("\" dir=\"").Append(rightToLeft ? "rtl" : "ltr").Append("\"><head><meta charset=\"utf-8\"><title>")
            .Append(Encode(title)).Append("</title>");
        if (output.StylesheetHref is { } href)
        {
            html.Append("<link rel=\"stylesheet\" href=\"").Append(Encode(href)).Append("\">");
        }
        else
        {
            html.Append("<style>").Append(Stylesheet).Append("</style>");
        }

        html.Append("</head><body class=\"report\">");
        if (output.Banner is { } banner)
        {
            html.Append("<div class=\"preview-banner\">").Append(Encode(banner.Text)).Append(' ')
                .Append("<a href=\"").Append(Encode(banner.BackHref)).Append("\">").Append(Encode(banner.BackText)).Append("</a></div>");
        }
    }

    private static string Close(StringBuilder html) => html.Append("</body></html>").ToString();

    private static void WriteTitlePage(StringBuilder html, ReportDocument document)
    {
        var page = document.TitlePage;
        html.Append("<section class=\"title-page\"><div class=\"masthead\"><div class=\"organ\">");
        var organ = document.Symbol is null ? page.Masthead : page.Masthead.Take(page.Masthead.Count - 1);
        foreach (var line in organ)
        {
            html.Append("<div>").Append(Encode(line)).Append("</div>");
        }

        html.Append("</div>");
        if (document.Symbol is not null)
        {
            html.Append("<div class=\"symbol\">").Append(Encode(document.Symbol)).Append("</div>");
        }

        html.Append("</div><div class=\"distribution\">");
        foreach (var line in page.Distribution)
        {
            html.Append("<div>").Append(Encode(line)).Append("</div>");
        }

        html.Append("</div><div class=\"meeting\">");
        foreach (var line in page.Meeting)
        {
            html.Append("<div>").Append(Encode(line)).Append("</div>");
        }

        html.Append("</div><h1 class=\"title\">").Append(Encode(page.Title)).Append("</h1><p class=\"state\">").Append(Encode(page.Subtitle)).Append("</p>");
        if (page.Period is not null)
        {
            html.Append("<p class=\"period\">").Append(Encode(page.Period)).Append("</p>");
        }

        html.Append("<p class=\"draft-note\">").Append(Encode(page.DraftNote)).Append("</p>");
        if (document.Words is { } words)
        {
            html.Append("<p class=\"words").Append(words.Over ? " over" : string.Empty).Append("\">").Append(Encode(words.Label)).Append(": ")
                .Append(words.Words.ToString("N0", CultureInfo.GetCultureInfo(document.Language))).Append(" / ")
                .Append(words.Limit.ToString("N0", CultureInfo.GetCultureInfo(document.Language))).Append("</p>");
        }

        html.Append("</section>");
    }

    private static void WriteContents(StringBuilder html, ContentsBlock contents, ReportDocument document, HtmlOutput output)
    {
        var showPages = output.Pages is not null || output.PagePlaceholders;
        html.Append("<nav class=\"toc").Append(showPages ? string.Empty : " no-pages").Append("\"><h2>").Append(Encode(contents.Heading)).Append("</h2><ol>");
        foreach (var heading in document.Contents)
        {
            var page = output.Pages?.GetValueOrDefault(heading.Anchor) is { } p and > 0 ? p.ToString(CultureInfo.InvariantCulture) : "00";
            html.Append("<li class=\"level").Append(heading.Level).Append("\"><a href=\"#").Append(heading.Anchor).Append("\"><span class=\"label\">")
                .Append(Encode(heading.Label ?? string.Empty)).Append("</span><span class=\"text\">").Append(Encode(heading.Text))
                .Append("</span><span class=\"dots\"></span><span class=\"page\">").Append(page).Append("</span></a></li>");
        }

        html.Append("</ol></nav>");
    }

    private static void WriteHeading(StringBuilder html, HeadingBlock heading)
    {
        var tag = heading.Level <= 1 ? "h2" : "h3";
        html.Append("<div class=\"heading\"><").Append(tag).Append(" id=\"").Append(heading.Anchor).Append("\">");
        if (heading.Label is not null)
        {
            html.Append("<span class=\"label\">").Append(Encode(heading.Label)).Append("</span>");
        }

        html.Append("<span>").Append(Encode(heading.Text)).Append("</span></").Append(tag).Append('>');
        if (heading.Covering is not null)
        {
            html.Append("<p class=\"covering\">").Append(Encode(heading.Covering)).Append("</p>");
        }

        html.Append("</div>");
    }

    private static void WriteParagraph(StringBuilder html, ParagraphBlock paragraph, int number)
    {
        html.Append("<p class=\"").Append(paragraph.Kind.ToString().ToLowerInvariant()).Append("\">");
        if (number > 0)
        {
            html.Append("<span class=\"pn\">").Append(number.ToString(CultureInfo.InvariantCulture)).Append(".</span>");
        }

        foreach (var run in paragraph.Runs)
        {
            var (open, close) = run.Tone is { } tone
                ? ("<span class=\"tone tone-" + tone.ToString().ToLowerInvariant() + "\">", "</span>")
                : run.Style switch
                {
                    SpanStyle.Bold => ("<strong>", "</strong>"),
                    SpanStyle.Italic => ("<em>", "</em>"),
                    _ => (string.Empty, string.Empty),
                };
            html.Append(open).Append(Encode(run.Text)).Append(close);
        }

        html.Append("</p>");
    }

    private static void WriteTable(StringBuilder html, TableBlock table)
    {
        var total = table.Columns.Sum(c => c.Weight);
        html.Append("<table class=\"grid\">");
        if (table.Caption is not null)
        {
            html.Append("<caption>").Append(Encode(table.Caption)).Append("</caption>");
        }

        html.Append("<colgroup>");
        foreach (var column in table.Columns)
        {
            html.Append("<col width=\"").Append((100 * column.Weight / total).ToString(CultureInfo.InvariantCulture)).Append("%\">");
        }

        html.Append("</colgroup><thead><tr>");
        foreach (var column in table.Columns)
        {
            html.Append(column.Numeric ? "<th scope=\"col\" class=\"numeric\">" : "<th scope=\"col\">").Append(Encode(column.Header)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var row in table.Rows)
        {
            html.Append("<tr>");
            for (var i = 0; i < row.Count; i++)
            {
                var cell = row[i];
                var classes = new List<string>(3);
                if (i < table.Columns.Count && table.Columns[i].Numeric)
                {
                    classes.Add("numeric");
                }

                if (cell.Tone is { } tone)
                {
                    classes.Add("tone tone-" + tone.ToString().ToLowerInvariant());
                }

                if (cell.Bold)
                {
                    classes.Add("bold");
                }

                html.Append(classes.Count == 0 ? "<td>" : "<td class=\"" + string.Join(' ', classes) + "\">")
                    .Append(Encode(cell.Text).Replace("\n", "<br>", StringComparison.Ordinal)).Append("</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table>");
    }

    /// <summary>HTML-encodes text for element content and quoted attributes.</summary>
    public static string Encode(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var encoded = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            encoded.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return encoded.ToString();
    }
}
