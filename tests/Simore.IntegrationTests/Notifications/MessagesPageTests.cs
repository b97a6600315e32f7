using System.Net;
using Microsoft.EntityFrameworkCore;
using Simore.Core.Identity;

namespace Simore.IntegrationTests.Notifications;

/// <summary>The administrator's view of the outbox.</summary>
public sealed class MessagesPageTests
{
    [Test]
    public async Task The_administrator_sees_the_outbox_newest_first_with_each_message_readable()
    {
        var tenant = await Fixtures.NewTenantAsync();
        var admin = await Fixtures.NewUserAsync(tenant, Roles.Administrator, twoFactor: true);
        var ids = await Outbox.AddAsync(tenant, 2, "Weekly digest");
        await Outbox.DispatchAsync(tenant, new RecordingSender(), DateTimeOffset.UtcNow.AddSeconds(1));
        await Outbox.AddAsync(tenant, 1, "Meeting reminder");
        using var browser = await Fixtures.SignInAsync(admin);

        var list = await browser.GetAsync($"/{tenant.Slug}/admin/messages");
        var details = await browser.GetAsync($"/{tenant.Slug}/admin/messages/{ids[0]}");

        var rows = list.Document.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(list.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(rows, Has.Count.EqualTo(3));
            Assert.That(rows[0], Does.Contain("Meeting reminder 0").And.Contain("person0@test.example").And.Contain("Waiting to be sent"));
            Assert.That(rows[2], Does.Contain("Weekly digest 0").And.Contain("Sent"));
            Assert.That(details.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(details.Document.QuerySelector("pre")!.TextContent, Does.Contain("Second line: r\u00E9union"));
        });
    }

    [Test]
    public async Task A_failed_message_shows_its_error()
    {
        var tenant = await Fixtures.NewTenantAsync();
        var admin = await Fixtures.NewUserAsync(tenant, Roles.Administrator, twoFactor: true);
        var ids = await Outbox.AddAsync(tenant, 1);
        await Outbox.DispatchAsync(tenant, new RecordingSender { FailWith = "Connection refused" }, DateTimeOffset.UtcNow.AddSeconds(1));
        using var browser = await Fixtures.SignInAsync(admin);

        var list = await browser.GetAsync($"/{tenant.Slug}/admin/messages");
        var details = await browser.GetAsync($"/{tenant.Slug}/admin/messages/{ids[0]}");

        Assert.That(list.Text, Does.Contain("Connection refused").And.Contain("will be tried again"));
        Assert.That(details.Text, Does.Contain("Connection refused"));
    }

    [Test]
    public async Task The_outbox_is_paged()
    {
        var tenant = await Fixtures.NewTenantAsync();
        var admin = await Fixtures.NewUserAsync(tenant, Roles.Administrator, twoFactor: true);
        await Outbox.AddAsync(tenant, 53);
        using var browser = await Fixtures.SignInAsync(admin);

        var first = await browser.GetAsync($"/{tenant.Slug}/admin/messages");
        var second = await browser.GetAsync($"/{tenant.Slug}/admin/messages?page=2");

        Assert.That(first.Document.QuerySelectorAll("tbody tr"), Has.Length.EqualTo(50));
        Assert.That(second.Document.QuerySelectorAll("tbody tr"), Has.Length.EqualTo(3));
        Assert.That(second.Text, Does.Contain("Page 2 of 2"));
    }

    [Test]
    public async Task A_focal_point_is_denied_the_messages_page()
    {
        var tenant = await Fixtures.NewTenantAsync();
        var focal = await Fixtures.NewUserAsync(tenant, Roles.FocalPoint);
        var ids = await Outbox.AddAsync(tenant, 1);
        using var browser = await Fixtures.SignInAsync(focal);

        var list = await browser.GetAsync($"/{tenant.Slug}/admin/messages");
        var details = await browser.GetAsync($"/{tenant.Slug}/admin/messages/{ids[0]}");

        Assert.That(list.Location, Does.Contain("/account/denied"));
        Assert.That(details.Location, Does.Contain("/account/denied"));
    }

    [Test]
    public async Task A_message_of_another_tenant_answers_404()
    {
        var a = await Fixtures.NewTenantAsync();
        var b = await Fixtures.NewTenantAsync();
        var admin = await Fixtures.NewUserAsync(a, Roles.Administrator, twoFactor: true);
        var own = await Outbox.AddAsync(a, 1, "Own message");
        var others = await Outbox.AddAsync(b, 1, "Secret of another State");
        using var browser = await Fixtures.SignInAsync(admin);

        var underA = await browser.GetAsync($"/{a.Slug}/admin/messages/{others[0]}");
        var list = await browser.GetAsync($"/{a.Slug}/admin/messages");

        Assert.That(underA.Status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(underA.Html, Does.Not.Contain("Secret of another State"));
        Assert.That(list.Html, Does.Contain("Own message").And.Not.Contain("Secret of another State"));
        Assert.That(own, Has.Count.EqualTo(1));
        Assert.That(await Fixtures.InTenantAsync(b, (_, db) => db.EmailMessages.CountAsync()), Is.EqualTo(1));
    }
}
