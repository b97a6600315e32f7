using Simore.Core.Identity;
using Simore.Core.Notifications;

namespace Simore.IntegrationTests.Notifications;

/// <summary>Optional reminders: working-group meetings and the reporting calendar.</summary>
public sealed class MeetingAndCalendarTests
{
    private static readonly DateOnly Day = new(2030, 3, 12);

    [Test]
    public async Task Two_days_before_a_meeting_each_member_gets_one_reminder_unless_they_opted_out()
    {
        var tenant = await Fixtures.NewTenantAsync();
        var ministry = await Scenario.InstitutionAsync(tenant, "Ministry of Social Affairs");
        var member = await Scenario.PersonAsync(tenant, Roles.FocalPoint, ministry, language: "es");
        var other = await Scenario.PersonAsync(tenant, Roles.Validator, ministry);
        var optedOut = await Scenario.PersonAsync(tenant, Roles.FocalPoint, ministry, remindersOff: true);
        var outsider = await Scenario.PersonAsync(tenant, Roles.FocalPoint, ministry);
        var startsAt = new DateTimeOffset(Day.AddDays(2).ToDateTime(new TimeOnly(9, 30)), TimeSpan.Zero);
        var meeting = await Scenario.MeetingAsync(tenant, "Rights of the child", startsAt, member, other, optedOut);
        await Scenario.MeetingAsync(tenant, "Gender equality", startsAt.AddDays(5), member);

        await Scenario.RemindersAsync(tenant, Day.AddDays(-1));
        var none = await Scenario.MessagesAsync(tenant);
        await Scenario.RemindersAsync(tenant, Day);
        await Scenario.RemindersAsync(tenant, Day);
        await Scenario.RemindersAsync(tenant, Day.AddDays(1));

        var messages = await Scenario.MessagesAsync(tenant);
        Assert.Multiple(() =>
        {
            Assert.That(none, Is.Empty, "three days ahead: not yet");
            Assert.That(messages.Select(m => m.UserId), Is.EquivalentTo(new Guid?[] { member.Id, other.Id }));
            Assert.That(messages.Select(m => m.DedupKey), Is.EquivalentTo(new[] { $"meeting:{meeting}:{member.Id}", $"meeting:{meeting}:{other.Id}" }));
            Assert.That(messages.Select(m => m.Kind), Is.All.EqualTo(EmailKinds.Meeting));
            Assert.That(messages.Select(m => m.To), Has.None.EqualTo(optedOut.Email).And.None.EqualTo(outsider.Email));
            Assert.That(messages.Single(m => m.UserId == other.Id).Body, Does.Contain("Rights of the child").And.Contain("Room 4").And.Contain("1. Work plan"));
            Assert.That(messages.Single(m => m.UserId == member.Id).Language, Is.EqualTo("es"));
            Assert.That(messages.Single(m => m.UserId == member.Id).Body, Does.Contain($"/{tenant.Slug}/work"), "a focal point's own page");
            Assert.That(messages.Single(m => m.UserId == other.Id).Body, Does.Contain($"/{tenant.Slug}/validation"), "a validator's own page");
        });
    }

    [Test]
    public async Task The_mid_term_reminder_reaches_administrators_and_drafters_once_sixty_days_ahead()
    {
        var tenant = await Fixtures.NewTenantAsync("Ruritania");
        var midTerm = new DateOnly(2030, 5, 11);
        await Scenario.SetReviewDatesAsync(tenant, midTerm.AddMonths(-30), null);
        var administrator = await Scenario.PersonAsync(tenant, Roles.Administrator, language: "fr");
        var drafter = await Scenario.PersonAsync(tenant, Roles.Drafter);
        await Scenario.PersonAsync(tenant, Roles.Drafter, remindersOff: true);
        await Scenario.PersonAsync(tenant, Roles.FocalPoint, await Scenario.InstitutionAsync(tenant, "Ministry of Finance"));

        var before = await Scenario.RemindersAsync(tenant, midTerm.AddDays(-61));
        var onItsDay = await Scenario.RemindersAsync(tenant, midTerm.AddDays(-60));
        var after = await Scenario.RemindersAsync(tenant, midTerm.AddDays(-59)) + await Scenario.RemindersAsync(tenant, midTerm.AddDays(-1));

        var messages = await Scenario.MessagesAsync(tenant);
        Assert.Multiple(() =>
        {
            Assert.That((before, onItsDay, after), Is.EqualTo((0, 2, 0)));
            Assert.That(messages.Select(m => m.UserId), Is.EquivalentTo(new Guid?[] { administrator.Id, drafter.Id }));
            Assert.That(messages.Select(m => m.DedupKey), Has.All.StartWith($"midterm:{tenant.Id}:2030-05-11:"));
            Assert.That(messages.Select(m => m.Kind), Is.All.EqualTo(EmailKinds.Calendar));
            Assert.That(messages.Single(m => m.UserId == drafter.Id).Subject, Does.Contain("Ruritania").And.Contain("mid-term"));
            Assert.That(messages.Single(m => m.UserId == drafter.Id).Body, Does.Contain("in 60 days"));
            Assert.That(messages.Single(m => m.UserId == administrator.Id).Body, Does.Contain("Bonjour"));
        });
    }

    [Test]
    public async Task The_next_review_is_announced_once_180_days_ahead_and_a_new_date_is_a_new_event()
    {
        var tenant = await Fixtures.NewTenantAsync();
        var review = new DateOnly(2031, 1, 20);
        await Scenario.SetReviewDatesAsync(tenant, null, review);
        var administrator = await Scenario.PersonAsync(tenant, Roles.Administrator);

        await Scenario.RemindersAsync(tenant, review.AddDays(-181));
        await Scenario.RemindersAsync(tenant, review.AddDays(-180));
        await Scenario.RemindersAsync(tenant, review.AddDays(-100));
        await Scenario.SetReviewDatesAsync(tenant, null, review.AddDays(14));
        await Scenario.RemindersAsync(tenant, review.AddDays(-99));

        Assert.That((await Scenario.MessagesToAsync(tenant, administrator)).Select(m => m.DedupKey), Is.EqualTo(new[]
        {
            $"nextreview:{tenant.Id}:2031-01-20:{administrator.Id}",
            $"nextreview:{tenant.Id}:2031-02-03:{administrator.Id}",
        }));
    }
}
