using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Simore.Core;
using Simore.Core.FollowUp.Storage;
using Simore.Core.Notifications;

namespace Simore.UnitTests.Operations;

/// <summary>The settings a process refuses to start with, and the message that says what to fix.</summary>
public sealed class SettingsValidationTests
{
    [Test]
    public void Without_a_connection_string_the_services_are_not_built()
    {
        var configuration = new ConfigurationBuilder().Build();

        var error = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddSimoreCore(configuration));

        Assert.That(error!.Message, Does.Contain("ConnectionStrings:Simore").And.Contain("ConnectionStrings__Simore"));
    }

    [Test]
    public void Smtp_delivery_without_a_server_is_refused()
    {
        var options = new EmailOptions { Delivery = "smtp" };

        var result = new EmailOptionsValidation().Validate(null, options);

        Assert.That(result.Failed, Is.True);
        Assert.That(result.FailureMessage, Does.Contain("Email:Smtp:Host").And.Contain("Email__Smtp__Host"));
    }

    [TestCase("smtp", "smtp.example.org")]
    [TestCase("auto", null)]
    [TestCase("auto", "smtp.example.org")]
    [TestCase("pickup", null)]
    public void Workable_e_mail_settings_pass(string delivery, string? host)
    {
        var options = new EmailOptions { Delivery = delivery, Smtp = { Host = host } };

        Assert.That(new EmailOptionsValidation().Validate(null, options).Succeeded, Is.True);
    }

    [Test]
    public void An_unknown_delivery_and_an_impossible_port_are_named()
    {
        var options = new EmailOptions { Delivery = "carrier-pigeon", Smtp = { Host = "smtp.example.org", Port = 0 } };

        var result = new EmailOptionsValidation().Validate(null, options);

        Assert.That(result.Failures, Has.Some.Contains("carrier-pigeon").And.Some.Contains("Email:Smtp:Port"));
    }

    [Test]
    public void A_storage_path_that_cannot_be_created_is_refused()
    {
        var file = Path.GetTempFileName();
        try
        {
            // A folder inside a regular file cannot exist, whoever runs the test (root included).
            var result = new StorageOptionsValidation().Validate(null, new StorageOptions { Path = Path.Combine(file, "files") });

            Assert.That(result.Failed, Is.True);
            Assert.That(result.FailureMessage, Does.Contain("Storage:Path").And.Contain("Storage__Path").And.Contain(file));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Test]
    public void A_writable_storage_path_is_created_and_left_clean()
    {
        var folder = Path.Combine(Path.GetTempPath(), "simore-storage-" + Guid.NewGuid().ToString("N"));
        try
        {
            var result = new StorageOptionsValidation().Validate(null, new StorageOptions { Path = folder });

            Assert.That(result.Succeeded, Is.True);
            Assert.That(Directory.EnumerateFileSystemEntries(folder), Is.Empty);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void The_storage_and_e_mail_checks_run_when_the_options_are_read()
    {
        var file = Path.GetTempFileName();
        try
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Simore"] = "Host=127.0.0.1;Database=simore;Username=simore_app",
                ["Storage:Path"] = Path.Combine(file, "files"),
                ["Email:Delivery"] = "smtp",
            }).Build();
            using var provider = new ServiceCollection().AddLogging().AddSimoreCore(configuration).BuildServiceProvider();

            Assert.Throws<OptionsValidationException>(() => _ = provider.GetRequiredService<IOptions<StorageOptions>>().Value);
            Assert.Throws<OptionsValidationException>(() => _ = provider.GetRequiredService<IOptions<EmailOptions>>().Value);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
