using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Simore.Core.FollowUp.Storage;
using Simore.IntegrationTests.FollowUp;

namespace Simore.IntegrationTests.Storage;

/// <summary>A web process configured with Storage:Provider=S3 keeps uploaded evidence in the bucket.</summary>
public sealed class S3EvidenceTests
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3];

    private S3Server _server = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _server = await S3Server.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _server.DisposeAsync();

    [Test]
    public async Task Evidence_uploaded_through_the_app_is_stored_in_the_bucket_and_downloaded_from_it()
    {
        var m = await FollowUpFixtures.MinistryAsync();
        await using var web = WebWithBucket(_server.Bucket);
        Assert.That(web.Services.GetRequiredService<IFileStorage>(), Is.InstanceOf<S3FileStorage>());
        using var focal = await Fixtures.SignInAsync(web.CreateBrowser(), m.FocalPoint);
        var form = await focal.GetAsync($"/{m.Tenant.Slug}/work/entries/new?r={m.Recommendations[0]}");
        var created = await focal.SubmitAsync(form, new Dictionary<string, string> { ["Texts[en]"] = "Evidence kept in a bucket." });
        Assert.That(created.Status, Is.EqualTo(HttpStatusCode.Redirect), created.Text);

        await focal.UploadAsync(await focal.GetAsync(created.Location!), "/files", "file", "photo.png", Png);

        var evidence = await Fixtures.InTenantAsync(m.Tenant, (_, db) => db.Evidence.OrderByDescending(e => e.Id).FirstAsync());
        Assert.That(evidence.StorageKey, Does.StartWith(m.Tenant.Id + "/"));
        Assert.That(File.Exists(Path.Combine(SimoreWebFactory.StoragePath, evidence.StorageKey!)), Is.False, "not on local disk");
        using (var bucket = new S3FileStorage(_server.Options()))
        {
            await using var stored = await bucket.OpenReadAsync(evidence.StorageKey!);
            Assert.That(stored, Is.Not.Null, "the object is in the bucket");
            using var copy = new MemoryStream();
            await stored!.CopyToAsync(copy);
            Assert.That(copy.ToArray(), Is.EqualTo(Png));
        }

        var download = await focal.Client.GetAsync($"/{m.Tenant.Slug}/evidence/{evidence.Id}");
        Assert.That(download.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await download.Content.ReadAsByteArrayAsync(), Is.EqualTo(Png));
        using var client = web.CreateClient();
        Assert.That((await client.GetAsync("/health/ready")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task A_process_whose_bucket_does_not_answer_is_alive_but_not_ready()
    {
        await using var web = WebWithBucket("no-such-bucket");
        using var client = web.CreateClient();

        Assert.That((await client.GetAsync("/health/ready")).StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That((await client.GetAsync("/health/live")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    private SecondHost WebWithBucket(string bucket) =>
        new(builder => builder
            .UseSetting("Simore:ProcessRole", "web")
            .UseSetting("Storage:Provider", "S3")
            .UseSetting("Storage:S3:ServiceUrl", _server.ServiceUrl)
            .UseSetting("Storage:S3:Bucket", bucket)
            .UseSetting("Storage:S3:AccessKey", S3Server.AccessKey)
            .UseSetting("Storage:S3:SecretKey", S3Server.SecretKey));
}
