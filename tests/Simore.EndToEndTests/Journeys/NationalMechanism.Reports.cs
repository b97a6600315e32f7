using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Simore.Core.Identity;
using Simore.Core.Reports;
using Simore.EndToEndTests.Pages;
using Simore.Testing;

namespace Simore.EndToEndTests.Journeys;

/// <summary>The drafter's step of the journey: the report drafts made from what the others published.</summary>
public sealed partial class NationalMechanism
{
    /// <summary>The national report's sections, in the words of the report's language.</summary>
    private static readonly string[] NationalSections =
    [
        "Methodology and consultation process",
        "Implementation of recommendations from the previous cycle",
        "Achievements, challenges and technical assistance needs",
    ];

    /// <summary>
    /// (8) The drafter asks for the national report as PDF and as Word and for the implementation matrix
    /// as Excel, in the State's language, waits on each draft's page, downloads the files and reads them.
    /// </summary>
    public async Task DraftReportsAsync()
    {
        var person = await Seed.PersonAsync(Tenant, Roles.Drafter, null, "Petra Zupan", Language);
        var drafter = await _open("drafter", Language);
        await drafter.SignInAsync(person);
        var reports = new ReportsPage(drafter, Slug);
        await reports.OpenAsync();
        await ExpectLanguageAsync(drafter.Page);
        var words = new ReportText(Language);
        var followUp = PdfText.Flat(Texts.FollowUp);

        var pdf = await reports.DraftAsync(ReportKind.National, ReportFormat.Pdf, Language);
        Assert.That(pdf.Name, Does.EndWith(".pdf"));
        var text = await DocumentText.PdfAsync(pdf.Content);
        Assert.That(text, Does.Contain("A/HRC/WG.6/").And.Contain("/SVN/1"), "the document symbol of the title page");
        foreach (var section in NationalSections)
        {
            Assert.That(text, Does.Contain(words.L[section]), $"the PDF has the section '{section}'");
            if (Language != "en")
            {
                Assert.That(text, Does.Not.Contain(section), "the headings are in the report's language");
            }
        }

        Assert.That(DocumentText.Letters(text), Does.Contain(DocumentText.Letters(Texts.FollowUp)), "the published follow-up is in the PDF");

        var docx = await reports.DraftAsync(ReportKind.National, ReportFormat.Docx, Language);
        Assert.That(docx.Name, Does.EndWith(".docx"));
        using (var word = WordprocessingDocument.Open(new MemoryStream(docx.Content), false))
        {
            var paragraphs = word.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().ToList();
            var headings = paragraphs
                .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value is "Heading1" or "Heading2")
                .Select(p => p.InnerText)
                .ToList();
            foreach (var section in NationalSections)
            {
                Assert.That(headings, Has.Some.Contains(words.L[section]), $"the Word file has the heading '{section}'");
            }

            Assert.That(paragraphs.Select(p => PdfText.Flat(p.InnerText)), Has.Some.Contains(followUp), "the published follow-up is in the Word file");
        }

        var xlsx = await reports.DraftAsync(ReportKind.Matrix, ReportFormat.Xlsx, Language);
        Assert.That(xlsx.Name, Does.EndWith(".xlsx"));
        using var sheet = new MemoryStream(xlsx.Content);
        var rows = sheet.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        var recommendations = await Seed.InTenantAsync(Tenant, (_, db) => db.Recommendations.CountAsync());
        Assert.That(rows, Has.Count.EqualTo(recommendations), "one row per recommendation");
        Assert.That(rows.Where(r => r.Values.Any(v => v?.ToString()?.Contains(Texts.FollowUp, StringComparison.Ordinal) == true)).ToList(), Has.Count.EqualTo(1),
            "the follow-up is in the row of its recommendation");
    }
}
