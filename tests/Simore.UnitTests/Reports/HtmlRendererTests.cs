using Simore.Core.Reports;
using Simore.Core.Reports.Compose;
using Simore.Core.Reports.Html;
using Simore.Core.Reports.Pdf;

namespace Simore.UnitTests.Reports;

public sealed class HtmlRendererTests
{
    [Test]
    public void Arabic_reports_are_right_to_left_and_say_so_once_at_the_top()
    {
        var html = Html("ar", new HtmlOutput());

        Assert.That(html, Does.StartWith("<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\">"));
    }

    [Test]
    public void The_browser_preview_links_its_stylesheet_and_has_no_inline_style_or_script()
    {
        var html = Html("en", new HtmlOutput { StylesheetHref = "/reports/report.css", Banner = new PreviewBanner("Preview", "/back", "Back") });

        Assert.That(html, Does.Contain("<link rel=\"stylesheet\" href=\"/reports/report.css\">"));
        Assert.That(html, Does.Not.Contain("<style"));
        Assert.That(html, Does.Not.Contain("<script"));
        Assert.That(html, Does.Not.Contain(" style="));
    }

    [Test]
    public void The_contents_show_page_numbers_once_they_are_known()
    {
        var document = NationalReport.Compose(ReportFixture.Model(), new ReportText("en"));
        var first = document.Contents.First();

        var without = HtmlReportWriter.Write(document, new HtmlOutput());
        var with = HtmlReportWriter.Write(document, new HtmlOutput { Pages = new Dictionary<string, int> { [first.Anchor] = 3 } });

        Assert.That(without, Does.Contain("<nav class=\"toc no-pages\">"));
        Assert.That(with, Does.Contain($"<a href=\"#{first.Anchor}\">"));
        Assert.That(with, Does.Contain("<span class=\"page\">3</span>"));
    }

    [Test]
    public void Text_from_the_data_is_encoded()
    {
        var model = ReportFixture.Model();
        var state = model with { State = model.State with { Name = "<script>alert(1)</script>" } };

        var html = HtmlReportWriter.Write(NationalReport.Compose(state, new ReportText("en")), new HtmlOutput());

        Assert.That(html, Does.Not.Contain("<script>alert"));
        Assert.That(html, Does.Contain("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    [Test]
    public void Pages_of_named_destinations_are_read_from_the_page_tree()
    {
        const string pdf = "%PDF-1.4\n1 0 obj\n<</Type /Catalog /Pages 2 0 R /Dests 9 0 R>>\nendobj\n"
            + "2 0 obj\n<</Type /Pages /Kids [3 0 R 4 0 R] /Count 3>>\nendobj\n"
            + "3 0 obj\n<</Type /Page /Parent 2 0 R>>\nendobj\n"
            + "4 0 obj\n<</Type /Pages /Kids [5 0 R 6 0 R] /Parent 2 0 R>>\nendobj\n"
            + "5 0 obj\n<</Type /Page /Parent 4 0 R>>\nendobj\n"
            + "6 0 obj\n<</Type /Page /Parent 4 0 R>>\nendobj\n"
            + "9 0 obj\n<</s1 [3 0 R /XYZ 6 720 0]\n/s2 [6 0 R /XYZ 6 267 0]\n/s#2D3 [5 0 R /XYZ 6 100 0]>>\nendobj\ntrailer\n<</Root 1 0 R>>\n%%EOF";

        var pages = PdfDestinations.Pages(System.Text.Encoding.Latin1.GetBytes(pdf));

        Assert.That(pages, Is.EquivalentTo(new Dictionary<string, int> { ["s1"] = 1, ["s2"] = 3, ["s-3"] = 2 }));
    }

    [Test]
    public void A_file_that_is_not_a_pdf_has_no_destinations() =>
        Assert.That(PdfDestinations.Pages("not a pdf"u8.ToArray()), Is.Empty);

    private static string Html(string language, HtmlOutput output) =>
        HtmlReportWriter.Write(NationalReport.Compose(ReportFixture.Model(language: language), new ReportText(language)), output);
}
