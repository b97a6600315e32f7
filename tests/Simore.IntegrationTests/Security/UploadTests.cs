using System.IO.Compression;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Simore.Core.FollowUp;
using Simore.Core.Identity;
using Simore.Core.Importing;
using Simore.IntegrationTests.FollowUp;

namespace Simore.IntegrationTests.Security;

/// <summary>
/// Hostile files through the real upload forms: refused with a message, and nothing kept. The
/// evidence form's wrong type, fake extension and zip bomb are in EvidenceTests; these add the
/// import form, oversized files, and the types a browser would run (SVG, HTML).
/// </summary>
public sealed class UploadTests
{
    public static IEnumerable<TestCaseData> HostileImports()
    {
        yield return new TestCaseData("tool.exe", Encoding.ASCII.GetBytes("MZ\u0090\0\u0003 this program cannot be run in DOS mode"), "The format of the file was not recognised").SetName("Import: a program");
        yield return new TestCaseData("list.docx", Encoding.UTF8.GetBytes("Text,To\nRatify the Convention,Samoa\n"), "is not a Word or Excel document").SetName("Import: text named .docx");
        yield return new TestCaseData("bomb.docx", ZipBomb("word/document.xml", 250), "would unpack to more than").SetName("Import: a zip bomb named .docx");
        yield return new TestCaseData("huge.csv", Oversized(ImportService.MaxBytes + 1), "The file is larger than 20 MB.").SetName("Import: larger than the limit");
    }

    [TestCaseSource(nameof(HostileImports))]
    public async Task A_hostile_import_file_is_refused_with_a_message_and_nothing_is_imported(string fileName, byte[] content, string message)
    {
        var tenant = await Fixtures.NewTenantAsync();
        var admin = await Fixtures.NewUserAsync(tenant, Roles.Administrator, twoFactor: true);
        using var browser = await Fixtures.SignInAsync(admin);

        var index = await browser.GetAsync($"/{tenant.Slug}/admin/imports");
        var uploaded = await browser.UploadAsync(index, "/admin/imports", "File", fileName, content);
        var result = await browser.FollowAsync(uploaded);

        Assert.That(uploaded.Status, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(result.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(result.Text, Does.Contain(message));
        Assert.That(result.Document.QuerySelector("form[action$='/commit']"), Is.Null, "nothing to confirm");
        // Refused by the form itself (too large to read) or read and rejected: never a batch that could be confirmed.
        var batches = await Fixtures.InTenantAsync(tenant, (_, db) => db.ImportBatches.AsNoTracking().Select(b => b.Status).ToListAsync());
        Assert.That(batches, Is.All.EqualTo(ImportStatus.Rejected));
        Assert.That(await Fixtures.InTenantAsync(tenant, (_, db) => db.Recommendations.CountAsync()), Is.Zero);
    }

    public static IEnumerable<TestCaseData> HostileEvidence()
    {
        yield return new TestCaseData("report.pdf", Oversized(EvidenceUpload.MaxBytes + 1), "The file is larger than 20 MB.").SetName("Evidence: larger than the limit");
        yield return new TestCaseData("drawing.svg", Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"), "Only PDF files, images").SetName("Evidence: an SVG, which browsers run");
        yield return new TestCaseData("page.html", Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>"), "Only PDF files, images").SetName("Evidence: an HTML page");
        yield return new TestCaseData("photo.png", Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>"), "not what its extension says").SetName("Evidence: HTML named .png");
    }

    [TestCaseSource(nameof(HostileEvidence))]
    public async Task A_hostile_evidence_file_is_refused_with_a_message_and_nothing_is_stored(string fileName, byte[] content, string message)
    {
        var ministry = await FollowUpFixtures.MinistryAsync();
        using var focal = await Fixtures.SignInAsync(ministry.FocalPoint);
        var entryId = await FollowUpWorkflowTests.SubmitAsync(focal, ministry, "A draft with evidence.", submit: false);
        var files = Directory.Exists(SimoreWebFactory.StoragePath) ? Directory.GetFiles(SimoreWebFactory.StoragePath, "*", SearchOption.AllDirectories).Length : 0;

        var page = await focal.GetAsync($"/{ministry.Tenant.Slug}/work/entries/{entryId}");
        var result = await focal.FollowAsync(await focal.UploadAsync(page, "/files", "file", fileName, content));

        Assert.That(result.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(result.Text, Does.Contain(message));
        Assert.That(await Fixtures.InTenantAsync(ministry.Tenant, (_, db) => db.Evidence.CountAsync(e => e.EntryId == entryId)), Is.Zero);
        Assert.That(Directory.Exists(SimoreWebFactory.StoragePath) ? Directory.GetFiles(SimoreWebFactory.StoragePath, "*", SearchOption.AllDirectories).Length : 0, Is.EqualTo(files), "no file written to the store");
    }

    /// <summary>A zip of a few kilobytes that unpacks to <paramref name="megabytes"/> MB of zeros.</summary>
    private static byte[] ZipBomb(string entry, int megabytes)
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var stream = archive.CreateEntry(entry, CompressionLevel.SmallestSize).Open();
            var chunk = new byte[1024 * 1024];
            for (var i = 0; i < megabytes; i++)
            {
                stream.Write(chunk);
            }
        }

        Assert.That(zip.Length, Is.LessThan(1024 * 1024), "small on the wire");
        return zip.ToArray();
    }

    /// <summary>Plain text one byte over the limit.</summary>
    private static byte[] Oversized(long bytes)
    {
        var content = new byte[bytes];
        Array.Fill(content, (byte)'a');
        return content;
    }
}
