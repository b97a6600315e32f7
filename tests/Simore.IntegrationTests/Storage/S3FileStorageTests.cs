using System.Security.Cryptography;
using Amazon.S3;
using Simore.Core.FollowUp.Storage;

namespace Simore.IntegrationTests.Storage;

/// <summary>The S3 file store against a real S3-compatible server on loopback.</summary>
public sealed class S3FileStorageTests
{
    private S3Server _server = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _server = await S3Server.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _server.DisposeAsync();

    [Test]
    public async Task A_saved_file_is_read_back_byte_for_byte_and_is_gone_after_delete()
    {
        using var storage = new S3FileStorage(_server.Options());
        var key = NewKey(".pdf");
        var content = RandomNumberGenerator.GetBytes(70_000);

        await storage.SaveAsync(key, new MemoryStream(content, writable: false));
        byte[] read;
        await using (var stream = await storage.OpenReadAsync(key))
        {
            Assert.That(stream, Is.Not.Null);
            read = await ReadAllAsync(stream!);
        }

        await storage.DeleteAsync(key);

        Assert.That(read, Is.EqualTo(content));
        Assert.That(await storage.OpenReadAsync(key), Is.Null);
    }

    [Test]
    public async Task A_missing_key_opens_as_null_and_deleting_it_is_quiet()
    {
        using var storage = new S3FileStorage(_server.Options());
        var key = NewKey(".png");

        Assert.That(await storage.OpenReadAsync(key), Is.Null);
        Assert.DoesNotThrowAsync(() => storage.DeleteAsync(key));
    }

    [Test]
    public async Task A_large_file_from_a_stream_that_cannot_seek_is_streamed_in_and_out()
    {
        using var storage = new S3FileStorage(_server.Options());
        var key = NewKey(".docx");
        const long length = 48L * 1024 * 1024 + 12_345;

        await storage.SaveAsync(key, new GeneratedStream(length, seed: 7));
        await using var stream = await storage.OpenReadAsync(key);

        Assert.That(stream, Is.Not.Null);
        Assert.That(stream!.CanSeek, Is.False, "the body is streamed from the response, not buffered");
        Assert.That(Convert.ToHexString(await SHA256.HashDataAsync(stream)), Is.EqualTo(Convert.ToHexString(await SHA256.HashDataAsync(new GeneratedStream(length, seed: 7)))));
    }

    [Test]
    public async Task A_large_file_on_disk_keeps_its_content()
    {
        using var storage = new S3FileStorage(_server.Options());
        var key = NewKey(".pdf");
        var path = Path.GetTempFileName();
        try
        {
            await using (var file = File.Create(path))
            {
                await new GeneratedStream(21L * 1024 * 1024, seed: 3).CopyToAsync(file);
            }

            await using (var upload = File.OpenRead(path))
            {
                await storage.SaveAsync(key, upload);
            }

            await using var stream = await storage.OpenReadAsync(key);
            await using var original = File.OpenRead(path);
            Assert.That(Convert.ToHexString(await SHA256.HashDataAsync(stream!)), Is.EqualTo(Convert.ToHexString(await SHA256.HashDataAsync(original))));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public async Task A_prefix_keeps_two_installations_in_one_bucket_apart()
    {
        using var first = new S3FileStorage(_server.Options(prefix: "/installation-a/"));
        using var second = new S3FileStorage(_server.Options(prefix: "installation-b"));
        using var again = new S3FileStorage(_server.Options(prefix: "installation-a"));
        var key = NewKey(".jpg");

        await first.SaveAsync(key, new MemoryStream([1, 2, 3]));

        Assert.That(await second.OpenReadAsync(key), Is.Null);
        await using var stream = await again.OpenReadAsync(key);
        Assert.That(await ReadAllAsync(stream!), Is.EqualTo(new byte[] { 1, 2, 3 }));
    }

    [TestCase("../../etc/passwd")]
    [TestCase("1/2026/report.pdf")]
    [TestCase("")]
    public void Keys_the_application_does_not_make_are_refused(string key)
    {
        using var storage = new S3FileStorage(_server.Options());

        Assert.ThrowsAsync<ArgumentException>(() => storage.SaveAsync(key, new MemoryStream([1])));
        Assert.ThrowsAsync<ArgumentException>(() => storage.OpenReadAsync(key));
    }

    [Test]
    public async Task The_bucket_is_reachable_only_with_the_right_name_and_credentials()
    {
        using var right = new S3FileStorage(_server.Options());
        using var wrongBucket = new S3FileStorage(_server.Options(bucket: "no-such-bucket"));
        using var wrongKey = new S3FileStorage(_server.Options(accessKey: "NOT-A-KEY"));

        Assert.That(await right.CanReachBucketAsync(), Is.True);
        Assert.That(await wrongBucket.CanReachBucketAsync(), Is.False);
        Assert.That(await wrongKey.CanReachBucketAsync(), Is.False);
        Assert.ThrowsAsync<AmazonS3Exception>(() => wrongKey.SaveAsync(NewKey(".pdf"), new MemoryStream([1])), "a refused upload is an error, never a silent loss");
    }

    internal static string NewKey(string extension) => $"{Random.Shared.Next(1, 10_000)}/2026/{Guid.NewGuid():N}{extension}";

    private static async Task<byte[]> ReadAllAsync(Stream stream)
    {
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }

    /// <summary>Reproducible pseudo-random bytes of a given length, readable once, without seeking: like a request body.</summary>
    private sealed class GeneratedStream(long length, int seed) : Stream
    {
        private readonly Random _random = new(seed);
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - _position);
            _random.NextBytes(buffer.AsSpan(offset, n));
            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
