using AngleSharp.Dom;
using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Simore.Core.Identity;
using Simore.Core.Registry;

namespace Simore.IntegrationTests.Network;

/// <summary>Working groups: members, clusters followed, meetings and the four-meetings rule.</summary>
public sealed class WorkingGroupTests
{
    [Test]
    public async Task A_group_with_members_and_clusters_warns_until_it_has_met_four_times_in_twelve_months()
    {
        var (tenant, _, browser) = await NetworkFixtures.AdministratorAsync();
        var ministry = await NetworkFixtures.AddInstitutionAsync(tenant, "Ministry of Justice");
        var focal = await NetworkFixtures.AddPersonAsync(tenant, Roles.FocalPoint, ministry, isMain: true, name: "Focal of Justice");
        var cluster = await AddClusterAsync(tenant, "Justice and security");
        using (browser)
        {
            var form = await browser.GetAsync($"/{tenant.Slug}/admin/working-groups/new");
            NetworkFixtures.Tick(form, $"institution-{ministry}");
            NetworkFixtures.Tick(form, $"member-{focal.Id}");
            NetworkFixtures.Tick(form, $"cluster-{cluster}");
            var created = await browser.SubmitAsync(form, new Dictionary<string, string> { ["Name"] = "Justice working group", ["Description"] = "Courts, prisons, police" });
            Assert.That(created.Status, Is.EqualTo(HttpStatusCode.Redirect), created.Text);
            var groupId = await Fixtures.InTenantAsync(tenant, (_, db) => db.WorkingGroups.Select(g => g.Id).SingleAsync());

            var now = DateTimeOffset.UtcNow;
            foreach (var startsAt in new[] { now.AddDays(-20), now.AddMonths(-4), now.AddMonths(-8), now.AddMonths(-13), now.AddDays(10) })
            {
                var meeting = await browser.GetAsync($"/{tenant.Slug}/admin/working-groups/{groupId}/meetings/new");
                NetworkFixtures.Tick(meeting, $"present-{focal.Id}");
                var saved = await browser.SubmitAsync(meeting, new Dictionary<string, string>
                {
                    ["StartsAt"] = Local(startsAt),
                    ["Location"] = "Ministry of Justice, room 3",
                    ["Minutes"] = "Discussed the prison conditions recommendations.",
                    ["OtherAttendees"] = "UNDP human rights adviser",
                });
                Assert.That(saved.Status, Is.EqualTo(HttpStatusCode.Redirect), saved.Text);
            }

            var listWithThree = await browser.GetAsync($"/{tenant.Slug}/admin/working-groups");
            var pageWithThree = await browser.GetAsync($"/{tenant.Slug}/admin/working-groups/{groupId}");
            var fourth = await browser.GetAsync($"/{tenant.Slug}/admin/working-groups/{groupId}/meetings/new");
            await browser.SubmitAsync(fourth, new Dictionary<string, string> { ["StartsAt"] = Local(now.AddMonths(-11)) });
            var listWithFour = await browser.GetAsync($"/{tenant.Slug}/admin/working-groups");
            var pageWithFour = await browser.GetAsync($"/{tenant.Slug}/admin/working-groups/{groupId}");

            var row = listWithThree.Document.QuerySelector("tbody tr")!.TextContent;
            Assert.That(row, Does.Contain("Justice working group").And.Contain("Justice and security"));
            Assert.That(listWithThree.Document.QuerySelectorAll(".meeting-warning"), Has.Length.EqualTo(1));
            Assert.That(pageWithThree.Text, Does.Contain("Meetings in the last twelve months: 3."));
            Assert.That(listWithFour.Document.QuerySelectorAll(".meeting-warning"), Is.Empty);
            Assert.That(pageWithFour.Document.QuerySelectorAll(".meeting-warning"), Is.Empty);
            Assert.That(pageWithFour.Text, Does.Contain("Focal of Justice").And.Contain("Ministry of Justice"));
            Assert.That(pageWithFour.Document.QuerySelectorAll("a").Select(a => a.GetAttribute("href")),
                Does.Contain($"/{tenant.Slug}/admin/recommendations?cluster={cluster}"));
            Assert.That(pageWithFour.Document.QuerySelectorAll("#meetings-heading + table tbody tr"), Has.Length.EqualTo(6));
        }

        await Fixtures.InTenantAsync(tenant, async (_, db) =>
        {
            var group = await db.WorkingGroups.Include(g => g.Members).Include(g => g.Institutions).Include(g => g.Clusters).SingleAsync();
            Assert.That(group.Members.Select(m => m.UserId), Is.EqualTo(new[] { focal.Id }));
            Assert.That(group.Institutions.Select(i => i.InstitutionId), Is.EqualTo(new[] { ministry }));
            Assert.That(group.Clusters.Select(c => c.ClusterId), Is.EqualTo(new[] { cluster }));
            var meetings = await db.Meetings.Include(m => m.Attendance).Where(m => m.WorkingGroupId == group.Id).ToListAsync();
            Assert.That(meetings, Has.Count.EqualTo(6));
            Assert.That(meetings.Count(m => m.Attendance.Any(a => a.UserId == focal.Id)), Is.EqualTo(5));
            return 0;
        });
    }

    [Test]
    public async Task A_meeting_is_edited_with_its_minutes_decisions_and_attendance()
    {
        var (tenant, _, browser) = await NetworkFixtures.AdministratorAsync();
        var one = await NetworkFixtures.AddPersonAsync(tenant, Roles.FocalPoint, name: "First Member");
        var two = await NetworkFixtures.AddPersonAsync(tenant, Roles.Validator, name: "Second Member");
        using (browser)
        {
            var form = await browser.GetAsync($"/{tenant.Slug}/admin/working-groups/new");
            NetworkFixtures.Tick(form, $"member-{one.Id}");
            NetworkFixtures.Tick(form, $"member-{two.Id}");
            await browser.SubmitAsync(form, new Dictionary<string, string> { ["Name"] = "Children's rights" });
            var groupId = await Fixtures.InTenantAsync(tenant, (_, db) => db.WorkingGroups.Select(g => g.Id).SingleAsync());
            var create = await browser.GetAsync($"/{tenant.Slug}/admin/working-groups/{groupId}/meetings/new");
            NetworkFixtures.Tick(create, $"present-{one.Id}");
            await browser.SubmitAsync(create, new Dictionary<string, string> { ["StartsAt"] = "2026-03-04T10:00", ["Agenda"] = "1. Work plan" });
            var meetingId = await Fixtures.InTenantAsync(tenant, (_, db) => db.Meetings.Select(m => m.Id).SingleAsync());

            var edit = await browser.GetAsync($"/{tenant.Slug}/admin/working-groups/{groupId}/meetings/{meetingId}/edit");
            NetworkFixtures.Tick(edit, $"present-{one.Id}", false);
            NetworkFixtures.Tick(edit, $"present-{two.Id}");
            var saved = await browser.SubmitAsync(edit, new Dictionary<string, string> { ["Minutes"] = "Adopted the work plan.", ["Decisions"] = "Meet again in June." });
            var badDate = await browser.SubmitAsync(await browser.GetAsync($"/{tenant.Slug}/admin/working-groups/{groupId}/meetings/{meetingId}/edit"),
                new Dictionary<string, string> { ["StartsAt"] = "next Tuesday" });

            Assert.That(edit.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#StartsAt")!.Value, Is.EqualTo("2026-03-04T10:00"));
            Assert.That(saved.Status, Is.EqualTo(HttpStatusCode.Redirect), saved.Text);
            Assert.That(badDate.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(badDate.Text, Does.Contain("Enter the date and time of the meeting."));
            await Fixtures.InTenantAsync(tenant, async (_, db) =>
            {
                var meeting = await db.Meetings.Include(m => m.Attendance).SingleAsync();
                Assert.That(meeting.StartsAt, Is.EqualTo(new DateTimeOffset(2026, 3, 4, 10, 0, 0, TimeSpan.Zero)));
                Assert.That(meeting.Agenda, Is.EqualTo("1. Work plan"));
                Assert.That(meeting.Minutes, Is.EqualTo("Adopted the work plan."));
                Assert.That(meeting.Decisions, Is.EqualTo("Meet again in June."));
                Assert.That(meeting.Attendance.Select(a => a.UserId), Is.EqualTo(new[] { two.Id }));
                return 0;
            });
        }
    }

    [Test]
    public async Task Members_institutions_and_clusters_of_another_state_are_refused()
    {
        var (tenant, _, browser) = await NetworkFixtures.AdministratorAsync();
        var other = await Fixtures.NewTenantAsync();
        var stranger = await NetworkFixtures.AddPersonAsync(other, Roles.FocalPoint);
        var foreignInstitution = await NetworkFixtures.AddInstitutionAsync(other, "Foreign ministry");
        var foreignCluster = await AddClusterAsync(other, "Foreign cluster");
        using (browser)
        {
            var page = $"/{tenant.Slug}/admin/working-groups/new";
            var withStranger = await NetworkFixtures.PostAsync(browser, page, page, ("Name", "Group A"), ("IsActive", "true"), ("MemberIds", stranger.Id.ToString()));
            var withInstitution = await NetworkFixtures.PostAsync(browser, page, page, ("Name", "Group B"), ("InstitutionIds", NetworkFixtures.Id(foreignInstitution)));
            var withCluster = await NetworkFixtures.PostAsync(browser, page, page, ("Name", "Group C"), ("ClusterIds", NetworkFixtures.Id(foreignCluster)));

            Assert.That(new[] { withStranger, withInstitution, withCluster }, Has.All.EqualTo(HttpStatusCode.OK), "the form answers again");
        }

        Assert.That(await Fixtures.InTenantAsync(tenant, (_, db) => db.WorkingGroups.CountAsync()), Is.Zero);
    }

    [Test]
    public async Task A_duplicate_group_name_is_refused()
    {
        var (tenant, _, browser) = await NetworkFixtures.AdministratorAsync();
        using (browser)
        {
            await browser.SubmitAsync(await browser.GetAsync($"/{tenant.Slug}/admin/working-groups/new"), new Dictionary<string, string> { ["Name"] = "Health" });
            var refused = await browser.SubmitAsync(await browser.GetAsync($"/{tenant.Slug}/admin/working-groups/new"), new Dictionary<string, string> { ["Name"] = "HEALTH" });

            Assert.That(refused.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(refused.Text, Does.Contain("Another working group already has this name."));
        }
    }

    internal static Task<long> AddClusterAsync(Simore.Core.Tenancy.Tenant tenant, string name) =>
        Fixtures.InTenantAsync(tenant, async (_, db) =>
        {
            var cluster = new Cluster { Name = name, SortOrder = 1, CreatedAt = DateTimeOffset.UtcNow };
            db.Clusters.Add(cluster);
            await db.SaveChangesAsync();
            return cluster.Id;
        });

    private static string Local(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);
}
