using System.Net;
using Microsoft.EntityFrameworkCore;
using Simore.Core.Identity;
using Simore.Core.Network;

namespace Simore.IntegrationTests.Network;

/// <summary>Every page of the network answers 404 for another State's ids and refuses non-administrators.</summary>
public sealed class NetworkIsolationTests
{
    [Test]
    public async Task Ids_of_another_state_answer_404_on_every_page_and_nothing_changes()
    {
        var (tenant, _, browser) = await NetworkFixtures.AdministratorAsync();
        var other = await Fixtures.NewTenantAsync();
        var institution = await NetworkFixtures.AddInstitutionAsync(other, "Their ministry");
        var focal = await NetworkFixtures.AddPersonAsync(other, Roles.FocalPoint, institution, isMain: true);
        var membership = (await NetworkFixtures.MembershipsAsync(other, focal.Id)).Single().Id;
        var (group, meeting) = await AddGroupWithMeetingAsync(other);
        var (ownGroup, _) = await AddGroupWithMeetingAsync(tenant);
        var s = tenant.Slug;
        var token = $"/{s}/admin/institutions/new";
        using (browser)
        {
            var gets = new[]
            {
                $"/{s}/admin/institutions/{institution}/edit",
                $"/{s}/admin/people/{focal.Id}",
                $"/{s}/admin/people/roles/{membership}/hand-over",
                $"/{s}/admin/working-groups/{group}",
                $"/{s}/admin/working-groups/{group}/edit",
                $"/{s}/admin/working-groups/{group}/meetings/new",
                $"/{s}/admin/working-groups/{group}/meetings/{meeting}/edit",
                $"/{s}/admin/working-groups/{ownGroup}/meetings/{meeting}/edit",
            };
            foreach (var url in gets)
            {
                Assert.That((await browser.GetAsync(url)).Status, Is.EqualTo(HttpStatusCode.NotFound), url);
            }

            var posts = new (string Url, (string, string)[] Fields)[]
            {
                ($"/{s}/admin/institutions/{institution}/edit", [("Name", "Taken over"), ("Branch", "Executive"), ("IsActive", "true")]),
                ($"/{s}/admin/people/{focal.Id}/deactivate", []),
                ($"/{s}/admin/people/{focal.Id}/reactivate", []),
                ($"/{s}/admin/people/{focal.Id}/resend", []),
                ($"/{s}/admin/people/roles/{membership}/end", []),
                ($"/{s}/admin/people/roles/{membership}/main", [("main", "false")]),
                ($"/{s}/admin/people/roles/{membership}/hand-over", [("Email", "thief@test.example"), ("DisplayName", "Thief")]),
                ($"/{s}/admin/working-groups/{group}/edit", [("Name", "Taken over"), ("IsActive", "true")]),
                ($"/{s}/admin/working-groups/{group}/meetings/new", [("StartsAt", "2026-01-01T10:00")]),
                ($"/{s}/admin/working-groups/{group}/meetings/{meeting}/edit", [("StartsAt", "2026-01-01T10:00"), ("Minutes", "Taken over")]),
                ($"/{s}/admin/working-groups/{ownGroup}/meetings/{meeting}/edit", [("StartsAt", "2026-01-01T10:00"), ("Minutes", "Taken over")]),
            };
            foreach (var (url, fields) in posts)
            {
                Assert.That(await NetworkFixtures.PostAsync(browser, token, url, fields), Is.EqualTo(HttpStatusCode.NotFound), url);
            }
        }

        Assert.That((await NetworkFixtures.UserAsync(focal.Id)).IsActive, Is.True);
        var roles = await NetworkFixtures.MembershipsAsync(other, focal.Id);
        Assert.That(roles.Single().EndedAt, Is.Null);
        Assert.That(roles.Single().IsMain, Is.True);
        await Fixtures.InTenantAsync(other, async (_, db) =>
        {
            Assert.That(await db.Institutions.Where(i => i.Id == institution).Select(i => i.Name).SingleAsync(), Is.EqualTo("Their ministry"));
            Assert.That(await db.WorkingGroups.Where(g => g.Id == group).Select(g => g.Name).SingleAsync(), Is.EqualTo("Group"));
            Assert.That(await db.Meetings.CountAsync(), Is.EqualTo(1));
            Assert.That(await db.Meetings.Select(m => m.Minutes).SingleAsync(), Is.Null);
            return 0;
        });
        Assert.That(await Fixtures.InTenantAsync(tenant, (_, db) => db.Meetings.CountAsync()), Is.EqualTo(1));
    }

    [TestCase("institutions")]
    [TestCase("institutions/new")]
    [TestCase("people")]
    [TestCase("people/invite")]
    [TestCase("working-groups")]
    [TestCase("working-groups/new")]
    public async Task A_focal_point_is_denied(string page)
    {
        var tenant = await Fixtures.NewTenantAsync();
        var ministry = await NetworkFixtures.AddInstitutionAsync(tenant, "Ministry");
        var focal = await NetworkFixtures.AddPersonAsync(tenant, Roles.FocalPoint, ministry);
        using var browser = await Fixtures.SignInAsync(focal);

        var answer = await browser.GetAsync($"/{tenant.Slug}/admin/{page}");

        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(answer.Location, Does.Contain("/account/denied"));
    }

    [Test]
    public async Task A_focal_point_cannot_post_to_the_administrators_forms()
    {
        var tenant = await Fixtures.NewTenantAsync();
        var ministry = await NetworkFixtures.AddInstitutionAsync(tenant, "Ministry");
        var focal = await NetworkFixtures.AddPersonAsync(tenant, Roles.FocalPoint, ministry);
        var colleague = await NetworkFixtures.AddPersonAsync(tenant, Roles.FocalPoint, ministry);
        using var browser = await Fixtures.SignInAsync(focal);
        var login = await browser.GetAsync("/account/login");
        var token = login.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        using var content = new FormUrlEncodedContent([new("__RequestVerificationToken", token)]);
        using var response = await browser.Client.PostAsync($"/{tenant.Slug}/admin/people/{colleague.Id}/deactivate", content);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location?.ToString(), Does.Contain("/account/denied"));
        Assert.That((await NetworkFixtures.UserAsync(colleague.Id)).IsActive, Is.True);
    }

    private static Task<(long Group, long Meeting)> AddGroupWithMeetingAsync(Simore.Core.Tenancy.Tenant tenant) =>
        Fixtures.InTenantAsync(tenant, async (_, db) =>
        {
            var group = new WorkingGroup { Name = "Group", CreatedAt = DateTimeOffset.UtcNow };
            db.WorkingGroups.Add(group);
            await db.SaveChangesAsync();
            var meeting = new Meeting { WorkingGroupId = group.Id, StartsAt = DateTimeOffset.UtcNow.AddDays(-3) };
            db.Meetings.Add(meeting);
            await db.SaveChangesAsync();
            return (group.Id, meeting.Id);
        });
}
