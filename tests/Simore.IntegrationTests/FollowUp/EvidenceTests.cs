using System.IO.Compression;
using System.Net;
using Microsoft.EntityFrameworkCore;

namespace Simore.IntegrationTests.FollowUp;

public sealed class EvidenceTests
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    [TestCase("report.pdf", "this is a text file pretending to be a PDF", "not what its extension says")]
    [TestCase("tool.exe", "MZ", "Only PDF files, images")]
    [TestCase("empty.pdf", "", "Choose a file")]
    public async Task Wrong_uploads_are_refused_with_a_reason_and_nothing_is_stored(string fileName, string content, string message)
    {
        var (m, focal, entryId) = await DraftAsync();
        using (focal)
        {
            var page = await focal.GetAsync($"/{m.Tenant.Slug}/work/entries/{entryId}");

            var result = await focal.FollowAsync(await focal.UploadAsync(page, "/files", "file", fileName, System.Text.Encoding.UTF8.GetBytes(content)));

            Assert.That(result.Text, Does.Contain(message));
            Assert.That(await Fixtures.InTenantAsync(m.Tenant, (_, db) => db.Evidence.CountAsync(e => e.EntryId == entryId)), Is.Zero);
        }
    }

    [Test]
    public async Task A_zip_bomb_disguised_as_a_Word_document_is_refused()
    {
        var (m, focal, entryId) = await DraftAsync();
        using var bomb = new MemoryStream();
        using (var zip = new ZipArchive(bomb, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open()))
            {
                await writer.WriteAsync("<w:document/>");
            }

            await using var zeros = zip.CreateEntry("word/media/zeros.bin", CompressionLevel.SmallestSize).Open();
            var chunk = new byte[1024 * 1024];
            for (var i = 0; i < 450; i++)
            {
                await zeros.WriteAsync(chunk);
            }
        }

        using (focal)
        {
            var page = await focal.GetAsync($"/{m.Tenant.Slug}/work/entries/{entryId}");
            var result = await focal.FollowAsync(await focal.UploadAsync(page, "/files", "file", "bomb.docx", bomb.ToArray()));

            Assert.That(bomb.Length, Is.LessThan(2 * 1024 * 1024), "small on the wire");
            Assert.That(result.Text, Does.Contain("unpacks to too much data"));
            Assert.That(await Fixtures.InTenantAsync(m.Tenant, (_, db) => db.Evidence.CountAsync(e => e.EntryId == entryId)), Is.Zero);
        }
    }

    [Test]
    public async Task Images_and_links_are_accepted_and_stored_outside_the_database()
    {
        var (m, focal, entryId) = await DraftAsync();
        using (focal)
        {
            var page = await focal.GetAsync($"/{m.Tenant.Slug}/work/entries/{entryId}");

            await focal.UploadAsync(page, "/files", "file", "photo.png", Png);
            await focal.SubmitAsync(await focal.GetAsync($"/{m.Tenant.Slug}/work/entries/{entryId}"), new Dictionary<string, string> { ["url"] = "https://www.gov.si/plan", ["title"] = "The plan online" }, formAction: "/links");
            var badLink = await focal.FollowAsync(await focal.SubmitAsync(await focal.GetAsync($"/{m.Tenant.Slug}/work/entries/{entryId}"), new Dictionary<string, string> { ["url"] = "javascript:alert(1)" }, formAction: "/links"));

            var evidence = await Fixtures.InTenantAsync(m.Tenant, (_, db) => db.Evidence.Where(e => e.EntryId == entryId).OrderBy(e => e.Id).ToListAsync());
            Assert.That(evidence.Select(e => e.Kind.ToString()), Is.EqualTo(new[] { "File", "Link" }));
            Assert.That(evidence[0].ContentType, Is.EqualTo("image/png"));
            Assert.That(File.ReadAllBytes(Path.Combine(SimoreWebFactory.StoragePath, evidence[0].StorageKey!)), Is.EqualTo(Png));
            Assert.That(badLink.Text, Does.Contain("http:// or https://"));
            var download = await focal.Client.GetAsync($"/{m.Tenant.Slug}/evidence/{evidence[0].Id}");
            Assert.That(download.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the institution's focal point reads its draft evidence");
            using var visitor = TestEnvironment.App.CreateBrowser();
            Assert.That((await visitor.Client.GetAsync($"/{m.Tenant.Slug}/evidence/{evidence[0].Id}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "not published, not public");
        }
    }

    private static async Task<(Ministry Ministry, Browser Focal, long EntryId)> DraftAsync()
    {
        var m = await FollowUpFixtures.MinistryAsync();
        var focal = await Fixtures.SignInAsync(m.FocalPoint);
        var entryId = await FollowUpWorkflowTests.SubmitAsync(focal, m, "A draft with evidence.", submit: false);
        return (m, focal, entryId);
    }
}
