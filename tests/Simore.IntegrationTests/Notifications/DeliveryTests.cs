using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using MimeKit;
using Simore.Core.Notifications;

namespace Simore.IntegrationTests.Notifications;

/// <summary>Which sender the configuration picks, and SMTP through MailKit against a server on the loopback interface.</summary>
public sealed class DeliveryTests
{
    [Test]
    public void The_test_host_writes_to_the_pickup_folder()
    {
        using var scope = TestEnvironment.App.Services.CreateScope();

        var sender = scope.ServiceProvider.GetRequiredService<IEmailSender>();

        Assert.That(sender, Is.TypeOf<PickupDirectoryEmailSender>());
        Assert.That(((PickupDirectoryEmailSender)sender).Directory, Does.EndWith(Path.Combine(".simore", "mail")));
    }

    [TestCase("auto", null, "Production", false)]
    [TestCase("auto", "smtp.example.org", "Production", true)]
    [TestCase("auto", "smtp.example.org", "Development", false)]
    [TestCase("auto", "smtp.example.org", "Testing", false)]
    [TestCase("smtp", "smtp.example.org", "Development", true)]
    [TestCase("pickup", "smtp.example.org", "Production", false)]
    public void Smtp_is_used_only_where_a_host_is_configured_outside_development_and_testing(string delivery, string? host, string environment, bool smtp)
    {
        var options = new EmailOptions { Delivery = delivery, Smtp = { Host = host } };

        Assert.That(EmailDelivery.UsesSmtp(options, new Environment(environment)), Is.EqualTo(smtp));
    }

    [Test]
    public async Task The_smtp_sender_delivers_through_mailkit()
    {
        await using var server = new LoopbackSmtpServer();
        var options = new EmailOptions { From = "Simore <noreply@simore.example>", Smtp = { Host = "127.0.0.1", Port = server.Port, UseStartTls = false } };
        var row = new EmailMessage
        {
            TenantId = 7,
            Id = 42,
            DedupKey = "test",
            Kind = EmailKinds.Meeting,
            To = "focal@ministry.example",
            Subject = "R\u00E9union du groupe de travail",
            Body = "Bonjour,\nLa r\u00E9union a lieu jeudi.",
            Language = "fr",
        };

        await using (var sender = new SmtpEmailSender(Options.Create(options)))
        {
            await sender.SendAsync(MailComposer.Compose(row, options, DateTimeOffset.UtcNow), CancellationToken.None);
            await sender.SendAsync(MailComposer.Compose(row, options, DateTimeOffset.UtcNow), CancellationToken.None);
        }

        var received = MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(server.Messages[0])));
        Assert.That(server.Messages, Has.Count.EqualTo(2));
        Assert.That(server.Commands.Count(c => c.StartsWith("EHLO", StringComparison.Ordinal)), Is.EqualTo(1), "one connection for the run");
        Assert.That(server.Commands, Has.Some.StartsWith("RCPT TO:<focal@ministry.example>"));
        Assert.That(received.Subject, Is.EqualTo("R\u00E9union du groupe de travail"));
        Assert.That(received.TextBody, Does.Contain("La r\u00E9union a lieu jeudi."));
        Assert.That(received.MessageId, Is.EqualTo("simore.7.42@simore.example"));
        Assert.That(received.Headers["Auto-Submitted"], Is.EqualTo("auto-generated"));
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "Simore.Web";

        public string ContentRootPath { get; set; } = Path.GetTempPath();

        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = new Microsoft.Extensions.FileProviders.NullFileProvider();
    }
}
