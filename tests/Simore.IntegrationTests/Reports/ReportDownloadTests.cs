using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using MiniExcelLibs;
using Simore.Core.Reports;
using Simore.Testing;

namespace Simore.IntegrationTests.Reports;

/// <summary>
/// Every kind of report in every format, asked for through the page by a drafter, made by the
/// app's own job server, downloaded and read back.
/// </summary>
public sealed class ReportDownloadTests
{
    private const string Dash = "\u2013";

    [Test]
    public async Task The_national_report_PDF_has_the_sections_the_compact_ranges_and_the_published_follow_up()
    {
        var scenario = await ReportScenario.CreateAsync();
        using var browser = await Fixtures.SignInAsync(scenario.Drafter);

        var text = PdfText.Flat(await DocumentText.PdfAsync(await ReportScenario.DownloadAsync(browser, scenario.Tenant, ReportKind.National, ReportFormat.Pdf, new Dictionary<string, string> { ["Session"] = "53" })));

        Assert.That(text, Does.Contain("A/HRC/WG.6/53/SVN/1"));
        Assert.That(text, Does.Contain("National report submitted pursuant to Human Rights Council resolutions 5/1 and 16/21"));
        Assert.That(text, Does.Contain("Methodology and consultation process"));
        Assert.That(text, Does.Contain("Implementation of recommendations from the previous cycle"));
        Assert.That(text, Does.Contain("Achievements, challenges and technical assistance needs"));
        Assert.That(text, Does.Contain($"(Recommendations 1{Dash}3, 5)"), "the cluster's heading");
        Assert.That(text, Does.Contain($"(Recommendations 4, 6)"));
        Assert.That(text, Does.Contain(ReportScenario.SharedText));
        Assert.That(text, Does.Contain(ReportScenario.TraffickingText));
        Assert.That(text, Does.Contain("Annex: implementation matrix"));
        Assert.That(text, Does.Not.Contain(ReportScenario.UnpublishedText));
    }

    [Test]
    public async Task The_contents_of_the_PDF_give_the_page_of_each_section()
    {
        var scenario = await ReportScenario.CreateAsync();
        using var browser = await Fixtures.SignInAsync(scenario.Drafter);

        var text = await DocumentText.PdfAsync(await ReportScenario.DownloadAsync(browser, scenario.Tenant, ReportKind.National, ReportFormat.Pdf));

        var contents = text[text.IndexOf("Contents", StringComparison.Ordinal)..];
        Assert.That(contents, Does.Match(@"I\.\s+Methodology and consultation process\s*\.*\s*\d+"));
        Assert.That(contents, Does.Match(@"Annex: implementation matrix\s*\.*\s*\d+"));
    }

    [Test]
    public async Task An_Arabic_national_report_PDF_has_its_headings_in_Arabic()
    {
        var scenario = await ReportScenario.CreateAsync();
        using var browser = await Fixtures.SignInAsync(scenario.Drafter);
        var arabic = new ReportText("ar");

        var text = PdfText.Flat(await DocumentText.PdfAsync(await ReportScenario.DownloadAsync(browser, scenario.Tenant, ReportKind.National, ReportFormat.Pdf, new Dictionary<string, string> { ["Language"] = "ar" })));

        var heading = arabic.L["Methodology and consultation process"];
        Assert.That(heading, Is.Not.EqualTo("Methodology and consultation process"), "the heading is translated");
        Assert.That(text, Does.Contain(heading));
        Assert.That(text, Does.Contain(arabic.L["Implementation of recommendations from the previous cycle"]));
        Assert.That(text, Does.Not.Contain("Methodology and consultation process"));
    }

    [Test]
    public async Task The_national_report_in_Word_is_valid_with_heading_styles_a_contents_field_and_the_word_count()
    {
        var scenario = await ReportScenario.CreateAsync();
        using var browser = await Fixtures.SignInAsync(scenario.Drafter);

        var bytes = await ReportScenario.DownloadAsync(browser, scenario.Tenant, ReportKind.National, ReportFormat.Docx);

        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        Assert.That(new OpenXmlValidator().Validate(document).Select(e => e.Description), Is.Empty);
        var body = document.MainDocumentPart!.Document!.Body!;
        var styles = body.Descendants<ParagraphStyleId>().Select(s => s.Val!.Value).ToList();
        Assert.That(styles, Does.Contain("Heading1").And.Contain("Heading2"));
        Assert.That(body.Descendants<FieldCode>().Select(f => f.Text), Has.Some.Contains("TOC"));
        var text = DocumentText.Word(document);
        Assert.That(text, Does.Contain($"(Recommendations 1{Dash}3, 5)"));
        Assert.That(text, Does.Contain(ReportScenario.SharedText));
        Assert.That(text, Does.Match(@"Words in the body \(annex excluded\): [\d,]+ / 10,700"));
        var request = await Fixtures.InTenantAsync(scenario.Tenant, (_, db) => Task.FromResult(db.ReportRequests.Single()));
        Assert.That(request.WordCount, Is.GreaterThan(50));
    }

    [Test]
    public async Task The_mid_term_report_shows_every_recommendation_its_status_and_the_independent_assessments()
    {
        var scenario = await ReportScenario.CreateAsync();
        using var browser = await Fixtures.SignInAsync(scenario.Drafter);

        var pdf = PdfText.Flat(await DocumentText.PdfAsync(await ReportScenario.DownloadAsync(browser, scenario.Tenant, ReportKind.MidTerm, ReportFormat.Pdf)));
        using var word = WordprocessingDocument.Open(new MemoryStream(await ReportScenario.DownloadAsync(browser, scenario.Tenant, ReportKind.MidTerm, ReportFormat.Docx)), false);

        foreach (var text in new[] { pdf, PdfText.Flat(DocumentText.Word(word)) })
        {
            Assert.That(text, Does.Contain("Voluntary mid-term report"));
            Assert.That(text, Does.Contain("Implementation status of the recommendations"));
            Assert.That(text, Does.Contain("Fully implemented").And.Contain("Partially implemented").And.Contain("No information"));
            Assert.That(text, Does.Contain("Recommendation number 5 of the review"), "noted recommendations too");
            Assert.That(text, Does.Contain(ReportScenario.AssessmentText));
        }

        Assert.That(new OpenXmlValidator().Validate(word), Is.Empty);
    }

    [Test]
    public async Task The_implementation_matrix_has_one_row_per_recommendation_in_Excel_and_in_CSV()
    {
        var scenario = await ReportScenario.CreateAsync();
        using var browser = await Fixtures.SignInAsync(scenario.Drafter);

        var xlsx = await ReportScenario.DownloadAsync(browser, scenario.Tenant, ReportKind.Matrix, ReportFormat.Xlsx);
        var csv = await ReportScenario.DownloadAsync(browser, scenario.Tenant, ReportKind.Matrix, ReportFormat.Csv);

        var rows = new MemoryStream(xlsx).Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.That(rows, Has.Count.EqualTo(scenario.Recommendations.Count));
        Assert.That(rows.Select(r => r["Reference"]), Is.EqualTo(Enumerable.Range(1, 6).Select(i => "A/HRC/59/15 140." + i)));
        Assert.That(rows[0]["Lead institutions"], Is.EqualTo("Ministry of Justice"));
        Assert.That(rows[0]["Implementation status"], Is.EqualTo("Fully implemented"));
        Assert.That(rows[0]["Actions taken"]?.ToString(), Does.Contain(ReportScenario.SharedText));
        var records = CsvRecords.Parse(System.Text.Encoding.UTF8.GetString(csv).TrimStart('\uFEFF'));
        Assert.That(records.Where(r => r.Count > 1).ToList(), Has.Count.EqualTo(scenario.Recommendations.Count + 1));
        Assert.That(records[0], Does.Contain("Recommended by").And.Contain("Sustainable Development Goals"));
    }

    [Test]
    public async Task The_institution_report_lists_what_it_reported_and_what_it_did_not()
    {
        var scenario = await ReportScenario.CreateAsync();
        using var browser = await Fixtures.SignInAsync(scenario.Drafter);

        var text = PdfText.Flat(await DocumentText.PdfAsync(await ReportScenario.DownloadAsync(browser, scenario.Tenant, ReportKind.Institution, ReportFormat.Pdf,
            new Dictionary<string, string> { ["InstitutionId"] = scenario.Institution.ToString(System.Globalization.CultureInfo.InvariantCulture) })));

        Assert.That(text, Does.Contain("Progress report of Ministry of Justice"));
        Assert.That(text, Does.Contain("Recommendations with follow-up"));
        Assert.That(text, Does.Contain("Recommendations without follow-up"));
        Assert.That(text, Does.Contain("It has reported follow-up on 4 of them; 2 have no follow-up from it."));
    }

    [Test]
    public async Task Unpublished_follow_up_appears_only_when_the_drafter_asks_for_it_and_is_marked()
    {
        var scenario = await ReportScenario.CreateAsync();
        using var browser = await Fixtures.SignInAsync(scenario.Drafter);

        using var published = WordprocessingDocument.Open(new MemoryStream(await ReportScenario.DownloadAsync(browser, scenario.Tenant, ReportKind.National, ReportFormat.Docx)), false);
        using var all = WordprocessingDocument.Open(new MemoryStream(await ReportScenario.DownloadAsync(browser, scenario.Tenant, ReportKind.National, ReportFormat.Docx,
            new Dictionary<string, string> { ["IncludeUnpublished"] = "true" })), false);

        Assert.That(DocumentText.Word(published), Does.Not.Contain(ReportScenario.UnpublishedText));
        Assert.That(DocumentText.Word(all), Does.Contain(ReportScenario.UnpublishedText + " (Recommendation 6) [not yet published]"));
    }
}
