using Microsoft.EntityFrameworkCore;
using MimeKit;
using Simore.Core.Notifications;

namespace Simore.IntegrationTests.Notifications;

/// <summary>Delivery of the outbox: each message once, failures kept and retried, the pickup folder as a mail server.</summary>
public sealed class DispatchTests
{
    [Test]
    public async Task Dispatch_writes_each_message_as_an_eml_file_marks_it_sent_and_a_second_run_sends_nothing()
    {
        var tenant = await Fixtures.NewTenantAsync();
        var ids = await Outbox.AddAsync(tenant, 3, "R\u00E9union du groupe");
        var folder = Outbox.TemporaryFolder();
        var now = DateTimeOffset.UtcNow.AddSeconds(1);
        try
        {
            var first = await Outbox.DispatchAsync(tenant, new PickupDirectoryEmailSender(folder), now);
            var second = await Outbox.DispatchAsync(tenant, new PickupDirectoryEmailSender(folder), now.AddHours(1));

            var files = Directory.GetFiles(folder);
            var mails = files.Select(f => MimeMessage.Load(f)).ToList();
            var rows = await Scenario.MessagesAsync(tenant);
            Assert.Multiple(() =>
            {
                Assert.That(first, Is.EqualTo(new DispatchResult(3, 0)));
                Assert.That(second, Is.EqualTo(new DispatchResult(0, 0)));
                Assert.That(files, Has.Length.EqualTo(3).And.All.EndsWith(".eml"));
                Assert.That(mails.Select(m => m.To.Mailboxes.Single().Address), Is.EquivalentTo(new[] { "person0@test.example", "person1@test.example", "person2@test.example" }));
                Assert.That(mails.Select(m => m.Subject), Has.All.StartWith("R\u00E9union du groupe"));
                Assert.That(mails.Select(m => m.MessageId), Is.EquivalentTo(ids.Select(id => $"simore.{tenant.Id}.{id}@localhost")));
                Assert.That(mails.Select(m => m.Date.ToUnixTimeSeconds()), Has.All.EqualTo(now.ToUnixTimeSeconds()));
                Assert.That(mails.Select(m => m.TextBody), Has.All.Contain("r\u00E9union"));
                Assert.That(mails.Select(m => m.BodyParts.OfType<TextPart>().Single().ContentType.Charset), Has.All.EqualTo("utf-8"));
                Assert.That(rows.Select(r => r.SentAt?.ToUnixTimeSeconds()), Has.All.EqualTo(now.ToUnixTimeSeconds()));
                Assert.That(rows.Select(r => (r.Attempts, r.LastError)), Has.All.EqualTo((1, (string?)null)));
            });
            var raw = await File.ReadAllTextAsync(files[0]);
            Assert.That(raw, Does.Contain("\r\nSubject: ").And.Contain("\r\nDate: ").And.Contain("\r\nMessage-ID: <").IgnoreCase.And.Contain("\r\nTo: "));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public async Task Two_dispatchers_running_together_send_each_message_once()
    {
        var tenant = await Fixtures.NewTenantAsync();
        var ids = await Outbox.AddAsync(tenant, 24);
        var sender = new RecordingSender { Delay = TimeSpan.FromMilliseconds(15) };
        var now = DateTimeOffset.UtcNow.AddSeconds(1);

        var results = await Task.WhenAll(Outbox.DispatchAsync(tenant, sender, now), Outbox.DispatchAsync(tenant, sender, now), Outbox.DispatchAsync(tenant, sender, now));

        Assert.That(results.Sum(r => r.Sent), Is.EqualTo(24));
        Assert.That(sender.Sent.Select(m => m.MessageId).ToList(), Is.Unique.And.Count.EqualTo(24));
        Assert.That((await Scenario.MessagesAsync(tenant)).Select(m => m.Attempts), Has.All.EqualTo(1));
        Assert.That(ids, Has.Count.EqualTo(24));
    }

    [Test]
    public async Task A_failed_send_records_the_error_and_is_tried_again_later_not_at_once()
    {
        var tenant = await Fixtures.NewTenantAsync();
        await Outbox.AddAsync(tenant, 1);
        var sender = new RecordingSender { FailWith = "421 Service not available" };
        var now = DateTimeOffset.UtcNow.AddSeconds(1);

        var failed = await Outbox.DispatchAsync(tenant, sender, now);
        var afterFailure = (await Scenario.MessagesAsync(tenant)).Single();
        sender.FailWith = null;
        var tooSoon = await Outbox.DispatchAsync(tenant, sender, now.AddSeconds(10));
        var later = await Outbox.DispatchAsync(tenant, sender, now.AddMinutes(2));
        var sent = (await Scenario.MessagesAsync(tenant)).Single();

        Assert.Multiple(() =>
        {
            Assert.That(failed, Is.EqualTo(new DispatchResult(0, 1)));
            Assert.That(afterFailure.SentAt, Is.Null);
            Assert.That(afterFailure.Attempts, Is.EqualTo(1));
            Assert.That(afterFailure.LastError, Does.Contain("421 Service not available"));
            Assert.That(tooSoon, Is.EqualTo(new DispatchResult(0, 0)), "the next attempt waits a minute");
            Assert.That(later, Is.EqualTo(new DispatchResult(1, 0)));
            Assert.That(sent.SentAt, Is.Not.Null);
            Assert.That(sent.Attempts, Is.EqualTo(2));
            Assert.That(sent.LastError, Is.Null);
            Assert.That(sender.Sent, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task A_message_that_fails_as_often_as_allowed_is_given_up()
    {
        var tenant = await Fixtures.NewTenantAsync();
        await Outbox.AddAsync(tenant, 1);
        await Fixtures.InTenantAsync(tenant, (_, db) => db.EmailMessages.ExecuteUpdateAsync(s => s.SetProperty(m => m.Attempts, new EmailOptions().MaxAttempts - 1)));
        var sender = new RecordingSender { FailWith = "550 Mailbox unavailable" };
        var now = DateTimeOffset.UtcNow.AddDays(1);

        var last = await Outbox.DispatchAsync(tenant, sender, now);
        sender.FailWith = null;
        var afterwards = await Outbox.DispatchAsync(tenant, sender, now.AddDays(30));

        var message = (await Scenario.MessagesAsync(tenant)).Single();
        Assert.That(last, Is.EqualTo(new DispatchResult(0, 1)));
        Assert.That(afterwards, Is.EqualTo(new DispatchResult(0, 0)));
        Assert.That((message.SentAt, message.Attempts), Is.EqualTo(((DateTimeOffset?)null, new EmailOptions().MaxAttempts)));
        Assert.That(message.LastError, Does.Contain("550 Mailbox unavailable"));
    }

    [Test]
    public async Task Dispatch_sees_only_its_own_tenants_messages()
    {
        var a = await Fixtures.NewTenantAsync();
        var b = await Fixtures.NewTenantAsync();
        await Outbox.AddAsync(a, 2);
        await Outbox.AddAsync(b, 1);
        var sender = new RecordingSender();

        var result = await Outbox.DispatchAsync(a, sender, DateTimeOffset.UtcNow.AddSeconds(1));

        Assert.That(result.Sent, Is.EqualTo(2));
        Assert.That((await Scenario.MessagesAsync(b)).Single().SentAt, Is.Null);
    }
}
