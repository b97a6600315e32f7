using Microsoft.Playwright;
using Simore.Core.Reports.Compose;
using Simore.Core.Reports.Html;

namespace Simore.Core.Reports.Pdf;

/// <summary>
/// Prints a report's HTML to PDF with headless Chromium: A4, running page numbers, the document
/// symbol in the header, bookmarks from the headings, tagged for screen readers. A document with a
/// table of contents is printed twice: the first print tells on which page each heading fell, the
/// second writes those numbers into the contents (the layout does not move: the numbers had room).
/// </summary>
public sealed class PdfRenderer(ChromiumBrowser browser)
{
    public async Task<byte[]> RenderAsync(ReportDocument document, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(browser.RenderTimeout);
        try
        {
            return await browser.WithPageAsync(
                async page =>
                {
                    var hasContents = document.Blocks.OfType<ContentsBlock>().Any();
                    var pdf = await PrintAsync(page, document, HtmlReportWriter.Write(document, new HtmlOutput { PagePlaceholders = hasContents }), final: !hasContents);
                    if (!hasContents)
                    {
                        return pdf;
                    }

                    timeout.Token.ThrowIfCancellationRequested();
                    var pages = PdfDestinations.Pages(pdf);
                    return await PrintAsync(page, document, HtmlReportWriter.Write(document, new HtmlOutput { Pages = pages.Count == 0 ? null : pages }), final: true);
                },
                timeout.Token);
        }
        catch (TimeoutException e)
        {
            throw new OperationCanceledException("The PDF took too long to print.", e, timeout.Token);
        }
    }

    /// <summary>A first print only measures where headings fall: it skips the bookmarks and the tags, which do not move anything.</summary>
    private static async Task<byte[]> PrintAsync(IPage page, ReportDocument document, string html, bool final)
    {
        await page.SetContentAsync(html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load });
        return await page.PdfAsync(new PagePdfOptions
        {
            Format = "A4",
            PreferCSSPageSize = true,
            PrintBackground = true,
            DisplayHeaderFooter = true,
            HeaderTemplate = Header(document),
            FooterTemplate = Footer,
            Outline = final,
            Tagged = final,
        });
    }

    private const string TemplateFont = "font-family:'Noto Sans','Noto Sans Arabic','Noto Sans CJK SC',sans-serif;";

    private const string Footer = "<div style=\"" + TemplateFont + "font-size:8.5px;width:100%;text-align:center;color:#333;\"><span class=\"pageNumber\"></span></div>";

    /// <summary>The symbol (or title) on every page, on the side where the text starts.</summary>
    private static string Header(ReportDocument document) =>
        "<div style=\"" + TemplateFont + "font-size:8px;width:100%;padding:0 20mm;color:#444;direction:" + (document.RightToLeft ? "rtl" : "ltr") + ";text-align:end;\">"
        + HtmlReportWriter.Encode(document.Symbol ?? document.Title) + "</div>";
}
