using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Simore.Core;
using Simore.Core.FollowUp.Storage;

namespace Simore.UnitTests.Operations;

/// <summary>Which file store a process uses, and the S3 settings it refuses to start with.</summary>
public sealed class StorageSettingsTests
{
    [Test]
    public void Complete_S3_settings_pass_without_a_local_folder()
    {
        var options = new StorageOptions
        {
            Provider = "s3",
            Path = string.Empty,
            S3 = { ServiceUrl = "https://minio.example.org:9000", Bucket = "simore", AccessKey = "key", SecretKey = "secret" },
        };

        Assert.That(new StorageOptionsValidation().Validate(null, options).Succeeded, Is.True);
    }

    [Test]
    public void Amazon_S3_with_the_machine_s_own_credentials_passes()
    {
        var options = new StorageOptions { Provider = "S3", S3 = { Bucket = "simore", Region = "eu-central-1" } };

        Assert.That(new StorageOptionsValidation().Validate(null, options).Succeeded, Is.True);
    }

    [Test]
    public void Missing_bucket_bad_address_and_half_credentials_are_each_named()
    {
        var options = new StorageOptions { Provider = "S3", S3 = { ServiceUrl = "minio:9000", AccessKey = "key" } };

        var result = new StorageOptionsValidation().Validate(null, options);

        Assert.That(result.Failed, Is.True);
        Assert.That(result.Failures, Has.Some.Contains("Storage__S3__Bucket"));
        Assert.That(result.Failures, Has.Some.Contains("Storage:S3:ServiceUrl 'minio:9000'"));
        Assert.That(result.Failures, Has.Some.Contains("Storage:S3:SecretKey"));
    }

    [Test]
    public void A_region_that_Amazon_does_not_have_needs_an_endpoint()
    {
        var options = new StorageOptions { Provider = "S3", S3 = { Bucket = "simore", Region = "moon-1" } };

        Assert.That(new StorageOptionsValidation().Validate(null, options).FailureMessage, Does.Contain("moon-1").And.Contain("ServiceUrl"));
    }

    [Test]
    public void An_unknown_provider_is_refused()
    {
        var result = new StorageOptionsValidation().Validate(null, new StorageOptions { Provider = "ftp" });

        Assert.That(result.FailureMessage, Does.Contain("Storage:Provider is 'ftp'").And.Contain("Storage__Provider"));
    }

    [TestCase(null, typeof(LocalFileStorage))]
    [TestCase("Local", typeof(LocalFileStorage))]
    [TestCase("S3", typeof(S3FileStorage))]
    public void The_provider_setting_chooses_the_store(string? provider, Type expected)
    {
        var folder = Path.Combine(Path.GetTempPath(), "simore-storage-" + Guid.NewGuid().ToString("N"));
        try
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Simore"] = "Host=127.0.0.1;Database=simore;Username=simore_app",
                ["Storage:Provider"] = provider,
                ["Storage:Path"] = folder,
                ["Storage:S3:ServiceUrl"] = "http://127.0.0.1:9",
                ["Storage:S3:Bucket"] = "simore",
            }).Build();
            using var services = new ServiceCollection().AddLogging().AddSimoreCore(configuration).BuildServiceProvider();

            Assert.That(services.GetRequiredService<IFileStorage>(), Is.InstanceOf(expected));
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Test]
    public void S3_settings_missing_the_bucket_stop_the_process_when_the_options_are_read()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Simore"] = "Host=127.0.0.1;Database=simore;Username=simore_app",
            ["Storage:Provider"] = "S3",
        }).Build();
        using var services = new ServiceCollection().AddLogging().AddSimoreCore(configuration).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => _ = services.GetRequiredService<IOptions<StorageOptions>>().Value);
        Assert.That(error!.Message, Does.Contain("Storage:S3:Bucket"));
    }
}
