using Microsoft.EntityFrameworkCore;
using Simore.Core.FollowUp;
using Simore.Core.Identity;
using Simore.Core.Notifications;

namespace Simore.IntegrationTests.Notifications;

/// <summary>Who gets a digest, on which day, with what in it; driven by explicit dates.</summary>
public sealed class DigestTests
{
    private static readonly DateOnly Monday = Scenario.Monday;

    [Test]
    public async Task On_a_Monday_a_weekly_focal_point_gets_one_digest_of_overdue_due_soon_and_returned_work_in_their_language()
    {
        var tenant = await Fixtures.NewTenantAsync("Freedonia");
        var ministry = await Scenario.InstitutionAsync(tenant, "Ministry of Justice");
        var focal = await Scenario.PersonAsync(tenant, Roles.FocalPoint, ministry, language: "fr");
        var ids = await Fixtures.AddRecommendationsAsync(tenant,
            "Strengthen the ombudsman office", "Improve conditions in prisons", "Ratify the optional protocol", "Train the police", "Protect journalists");
        await Scenario.AssignAsync(tenant, ids[0], ministry, Monday.AddDays(-10));
        await Scenario.AssignAsync(tenant, ids[1], ministry, Monday.AddDays(20));
        await Scenario.AssignAsync(tenant, ids[2], ministry, Monday.AddDays(90));
        await Scenario.AssignAsync(tenant, ids[3], ministry, Monday.AddDays(-5));
        await Scenario.EntryAsync(tenant, ministry, focal, EntryStatus.Published, "Police trained in 2029", ids[3]);
        await Scenario.EntryAsync(tenant, ministry, focal, EntryStatus.Returned, "Draft law on media freedom", ids[4]);

        await Scenario.RemindersAsync(tenant, Monday);

        var digest = (await Scenario.MessagesToAsync(tenant, focal)).Single();
        Assert.Multiple(() =>
        {
            Assert.That(digest.Kind, Is.EqualTo(EmailKinds.Digest));
            Assert.That(digest.To, Is.EqualTo(focal.Email));
            Assert.That(digest.Language, Is.EqualTo("fr"));
            Assert.That(digest.DedupKey, Is.EqualTo($"digest:{focal.Id}:2030-W02"));
            Assert.That(digest.Subject, Does.Contain("Freedonia"));
            Assert.That(digest.Body, Does.Contain("Bonjour"), "written in French");
            Assert.That(digest.Body, Does.Contain("Strengthen the ombudsman office"), "overdue");
            Assert.That(digest.Body, Does.Contain("Improve conditions in prisons"), "due soon");
            Assert.That(digest.Body, Does.Contain("Draft law on media freedom"), "returned");
            Assert.That(digest.Body, Does.Not.Contain("Ratify the optional protocol"), "due in 90 days: not yet");
            Assert.That(digest.Body, Does.Not.Contain("Train the police"), "reported on since it was assigned");
            Assert.That(digest.Body, Does.Contain($"/{tenant.Slug}/work"));
            Assert.That(digest.Body, Does.Contain("/account/preferences"));
        });
        Assert.That(digest.Body.IndexOf("ombudsman", StringComparison.Ordinal), Is.LessThan(digest.Body.IndexOf("prisons", StringComparison.Ordinal)), "overdue first");
    }

    [Test]
    public async Task Running_again_the_same_day_or_later_that_week_adds_nothing_and_the_next_Monday_brings_the_next_digest()
    {
        var tenant = await Fixtures.NewTenantAsync();
        var ministry = await Scenario.InstitutionAsync(tenant, "Ministry of Health");
        var focal = await Scenario.PersonAsync(tenant, Roles.FocalPoint, ministry);
        var ids = await Fixtures.AddRecommendationsAsync(tenant, "Reduce maternal mortality");
        await Scenario.AssignAsync(tenant, ids[0], ministry, Monday.AddDays(-1));

        var first = await Scenario.RemindersAsync(tenant, Monday);
        var again = await Scenario.RemindersAsync(tenant, Monday);
        for (var day = Monday.AddDays(1); day < Monday.AddDays(7); day = day.AddDays(1))
        {
            await Scenario.RemindersAsync(tenant, day);
        }

        Assert.That(first, Is.EqualTo(1));
        Assert.That(again, Is.Zero);
        Assert.That(await Scenario.MessagesToAsync(tenant, focal), Has.Count.EqualTo(1));

        await Scenario.RemindersAsync(tenant, Monday.AddDays(7));

        Assert.That((await Scenario.MessagesToAsync(tenant, focal)).Select(m => m.DedupKey), Is.EqualTo(new[] { $"digest:{focal.Id}:2030-W02", $"digest:{focal.Id}:2030-W03" }));
    }

    [Test]
    public async Task A_daily_digest_goes_out_once_a_day_and_never_means_none()
    {
        var tenant = await Fixtures.NewTenantAsync();
        var ministry = await Scenario.InstitutionAsync(tenant, "Ministry of Education");
        var daily = await Scenario.PersonAsync(tenant, Roles.FocalPoint, ministry, digest: DigestFrequency.Daily);
        var never = await Scenario.PersonAsync(tenant, Roles.FocalPoint, ministry, digest: DigestFrequency.Never);
        var ids = await Fixtures.AddRecommendationsAsync(tenant, "Include children with disabilities in schools");
        await Scenario.AssignAsync(tenant, ids[0], ministry, Monday.AddDays(10));

        await Scenario.RemindersAsync(tenant, Monday);
        await Scenario.RemindersAsync(tenant, Monday);
        await Scenario.RemindersAsync(tenant, Monday.AddDays(1));
        await Scenario.RemindersAsync(tenant, Monday.AddDays(2));

        Assert.That((await Scenario.MessagesToAsync(tenant, daily)).Select(m => m.DedupKey),
            Is.EqualTo(new[] { $"digest:{daily.Id}:2030-01-07", $"digest:{daily.Id}:2030-01-08", $"digest:{daily.Id}:2030-01-09" }));
        Assert.That(await Scenario.MessagesToAsync(tenant, never), Is.Empty);
    }

    [Test]
    public async Task A_validator_hears_of_submitted_entries_of_their_institution_and_an_administrator_of_validated_ones()
    {
        var tenant = await Fixtures.NewTenantAsync();
        var justice = await Scenario.InstitutionAsync(tenant, "Ministry of Justice");
        var interior = await Scenario.InstitutionAsync(tenant, "Ministry of the Interior");
        var author = await Scenario.PersonAsync(tenant, Roles.FocalPoint, justice, digest: DigestFrequency.Never);
        var validator = await Scenario.PersonAsync(tenant, Roles.Validator, justice);
        var administrator = await Scenario.PersonAsync(tenant, Roles.Administrator);
        var ids = await Fixtures.AddRecommendationsAsync(tenant, "Abolish the death penalty", "Investigate torture allegations");
        await Scenario.EntryAsync(tenant, justice, author, EntryStatus.Submitted, "Bill tabled in parliament", ids[0]);
        await Scenario.EntryAsync(tenant, interior, author, EntryStatus.Submitted, "Interior report submitted", ids[1]);
        await Scenario.EntryAsync(tenant, justice, author, EntryStatus.Validated, "Independent inquiry opened", ids[1]);
        await Scenario.EntryAsync(tenant, justice, author, EntryStatus.Draft, "Still a draft", ids[1]);

        await Scenario.RemindersAsync(tenant, Monday);

        var toValidator = (await Scenario.MessagesToAsync(tenant, validator)).Single().Body;
        var toAdministrator = (await Scenario.MessagesToAsync(tenant, administrator)).Single().Body;
        Assert.Multiple(() =>
        {
            Assert.That(toValidator, Does.Contain("Bill tabled in parliament"));
            Assert.That(toValidator, Does.Contain($"/{tenant.Slug}/validation"));
            Assert.That(toValidator, Does.Not.Contain("Interior report submitted"), "another institution's entry");
            Assert.That(toValidator, Does.Not.Contain("Independent inquiry opened"), "validated: the administrator's");
            Assert.That(toAdministrator, Does.Contain("Independent inquiry opened"));
            Assert.That(toAdministrator, Does.Contain("Ministry of Justice"));
            Assert.That(toAdministrator, Does.Not.Contain("Bill tabled in parliament"));
            Assert.That(toAdministrator, Does.Not.Contain("Still a draft"));
        });
    }

    [Test]
    public async Task Nobody_with_nothing_to_report_gets_a_digest_and_another_institution_hears_nothing_of_this_ones_work()
    {
        var tenant = await Fixtures.NewTenantAsync();
        var justice = await Scenario.InstitutionAsync(tenant, "Ministry of Justice");
        var health = await Scenario.InstitutionAsync(tenant, "Ministry of Health");
        var justiceFocal = await Scenario.PersonAsync(tenant, Roles.FocalPoint, justice);
        var healthFocal = await Scenario.PersonAsync(tenant, Roles.FocalPoint, health);
        var healthValidator = await Scenario.PersonAsync(tenant, Roles.Validator, health);
        await Scenario.PersonAsync(tenant, Roles.Administrator);
        await Scenario.PersonAsync(tenant, Roles.Drafter);
        await Scenario.PersonAsync(tenant, Roles.CivilSociety);
        var ids = await Fixtures.AddRecommendationsAsync(tenant, "Reform the judiciary", "Vaccinate every child");
        await Scenario.AssignAsync(tenant, ids[0], justice, Monday.AddDays(-3));
        await Scenario.AssignAsync(tenant, ids[1], health, Monday.AddDays(200));
        await Scenario.EntryAsync(tenant, justice, justiceFocal, EntryStatus.Returned, "Judicial reform plan", ids[0]);
        await Scenario.EntryAsync(tenant, justice, justiceFocal, EntryStatus.Submitted, "Judicial training", ids[0]);

        await Scenario.RemindersAsync(tenant, Monday);

        var messages = await Scenario.MessagesAsync(tenant);
        Assert.That(messages.Select(m => m.UserId), Is.EqualTo(new Guid?[] { justiceFocal.Id }), "only the justice focal point has anything waiting");
        Assert.That(messages.Select(m => m.To), Has.None.EqualTo(healthFocal.Email).And.None.EqualTo(healthValidator.Email));
        Assert.That(messages.Single().Body, Does.Not.Contain("Vaccinate every child"));
    }

    [Test]
    public async Task Runs_of_the_same_day_at_the_same_time_still_write_each_digest_once()
    {
        var tenant = await Fixtures.NewTenantAsync();
        var ministry = await Scenario.InstitutionAsync(tenant, "Ministry of Foreign Affairs");
        var people = new List<TestUser>();
        for (var i = 0; i < 8; i++)
        {
            people.Add(await Scenario.PersonAsync(tenant, Roles.FocalPoint, ministry, digest: DigestFrequency.Daily));
        }

        var ids = await Fixtures.AddRecommendationsAsync(tenant, "Ratify the convention on migrant workers");
        await Scenario.AssignAsync(tenant, ids[0], ministry, Monday.AddDays(-2));

        var added = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Scenario.RemindersAsync(tenant, Monday)));

        var messages = await Scenario.MessagesAsync(tenant);
        Assert.That(messages.Select(m => m.UserId), Is.EquivalentTo(people.Select(p => (Guid?)p.Id)));
        Assert.That(added.Sum(), Is.EqualTo(8));
    }

    [Test]
    public async Task A_person_whose_role_ended_or_whose_account_is_deactivated_gets_nothing()
    {
        var tenant = await Fixtures.NewTenantAsync();
        var ministry = await Scenario.InstitutionAsync(tenant, "Ministry of Labour");
        var handedOver = await Scenario.PersonAsync(tenant, Roles.FocalPoint, ministry, digest: DigestFrequency.Daily);
        var deactivated = await Scenario.PersonAsync(tenant, Roles.FocalPoint, ministry, digest: DigestFrequency.Daily);
        var ids = await Fixtures.AddRecommendationsAsync(tenant, "Raise the minimum wage");
        await Scenario.AssignAsync(tenant, ids[0], ministry, Monday.AddDays(-3));
        await Fixtures.InTenantAsync(tenant, async (_, db) =>
        {
            (await db.Memberships.SingleAsync(m => m.UserId == handedOver.Id)).EndedAt = DateTimeOffset.UtcNow;
            (await db.Users.SingleAsync(u => u.Id == deactivated.Id)).IsActive = false;
            return await db.SaveChangesAsync();
        });

        await Scenario.RemindersAsync(tenant, Monday);

        Assert.That(await Scenario.MessagesAsync(tenant), Is.Empty);
    }
}
