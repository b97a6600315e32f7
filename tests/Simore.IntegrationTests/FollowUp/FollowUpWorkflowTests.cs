using System.Net;
using Microsoft.EntityFrameworkCore;
using Simore.Core.FollowUp;

namespace Simore.IntegrationTests.FollowUp;

/// <summary>The path of a follow-up entry through real HTTP: focal point → validator → administrator → public.</summary>
public sealed class FollowUpWorkflowTests
{
    [Test]
    public async Task An_entry_goes_from_the_focal_point_through_validation_to_publication_and_the_public_page()
    {
        var m = await FollowUpFixtures.MinistryAsync();
        var recommendation = m.Recommendations[0];
        using var focal = await Fixtures.SignInAsync(m.FocalPoint);
        using var validator = await Fixtures.SignInAsync(m.Validator);
        using var admin = await Fixtures.SignInAsync(m.Administrator);
        using var visitor = TestEnvironment.App.CreateBrowser();

        var work = await focal.GetAsync($"/{m.Tenant.Slug}/work");
        Assert.That(work.Text, Does.Contain("Adopt measure number 1"));
        var form = await focal.GetAsync($"/{m.Tenant.Slug}/work/entries/new?r={recommendation}");
        var created = await focal.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Texts[en]"] = "A national action plan against trafficking was adopted in March.",
            ["MeasureKind"] = "Policy",
            ["ProposedStatus"] = "PartiallyImplemented",
            ["Budget"] = "250000",
            ["Currency"] = "eur",
        });
        Assert.That(created.Status, Is.EqualTo(HttpStatusCode.Redirect), created.Text);
        var entryPage = await focal.GetAsync(created.Location!);
        var uploaded = await focal.UploadAsync(entryPage, "/files", "file", "plan.pdf", FollowUpFixtures.Pdf, new Dictionary<string, string> { ["title"] = "The action plan" });
        var submitted = await focal.SubmitAsync(await focal.GetAsync(created.Location!), new Dictionary<string, string>(), formAction: "/submit");
        var entryId = await LatestEntryAsync(m);
        var publicBefore = await visitor.GetAsync($"/{m.Tenant.Slug}/recommendations/{recommendation}");

        var queue = await validator.GetAsync($"/{m.Tenant.Slug}/validation");
        var validated = await validator.SubmitAsync(await validator.GetAsync($"/{m.Tenant.Slug}/validation/entries/{entryId}"), new Dictionary<string, string>(), formAction: "/validate");
        var review = await admin.GetAsync($"/{m.Tenant.Slug}/admin/review");
        var published = await admin.SubmitAsync(await admin.GetAsync($"/{m.Tenant.Slug}/admin/review/entries/{entryId}"), new Dictionary<string, string>
        {
            ["wording"] = "In March, the Government adopted a national action plan against trafficking in persons.",
        }, formAction: "/publish");
        var publicAfter = await visitor.GetAsync($"/{m.Tenant.Slug}/recommendations/{recommendation}");
        var evidenceLink = publicAfter.Document.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).First(h => h?.Contains("/evidence/", StringComparison.Ordinal) == true);
        var download = await visitor.Client.GetAsync(evidenceLink);

        Assert.That(uploaded.Status, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(submitted.Status, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(publicBefore.Text, Does.Not.Contain("national action plan"), "nothing unpublished reaches the public");
        Assert.That(queue.Text, Does.Contain("A national action plan against trafficking"));
        Assert.That(validated.Status, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(review.Text, Does.Contain("A national action plan against trafficking"));
        Assert.That(published.Status, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(publicAfter.Text, Does.Contain("In March, the Government adopted a national action plan"));
        Assert.That(publicAfter.Text, Does.Contain("Partially implemented"));
        Assert.That(download.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(download.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/pdf"));
        Assert.That(await download.Content.ReadAsByteArrayAsync(), Is.EqualTo(FollowUpFixtures.Pdf));
        await Fixtures.InTenantAsync(m.Tenant, async (_, db) =>
        {
            var entry = await db.FollowUpEntries.Include(e => e.Transitions).SingleAsync(e => e.Id == entryId);
            Assert.That(entry.Text, Is.EqualTo("A national action plan against trafficking was adopted in March."), "the focal point's text is kept");
            Assert.That(entry.Currency, Is.EqualTo("EUR"));
            Assert.That(entry.Transitions.OrderBy(t => t.Id).Select(t => t.To), Is.EqualTo(new[] { EntryStatus.Submitted, EntryStatus.Validated, EntryStatus.Published }));
            var status = await db.Recommendations.Where(r => r.Id == recommendation).Select(r => r.Status).SingleAsync();
            Assert.That(status, Is.EqualTo(ImplementationStatus.PartiallyImplemented));
            return 0;
        });
    }

    [Test]
    public async Task A_returned_entry_carries_the_comment_back_and_can_be_submitted_again()
    {
        var m = await FollowUpFixtures.MinistryAsync();
        using var focal = await Fixtures.SignInAsync(m.FocalPoint);
        using var validator = await Fixtures.SignInAsync(m.Validator);
        var entryId = await SubmitAsync(focal, m, "We worked on it.");
        var entryPage = await validator.GetAsync($"/{m.Tenant.Slug}/validation/entries/{entryId}");

        var refused = await validator.FollowAsync(await validator.SubmitAsync(entryPage, new Dictionary<string, string> { ["comment"] = " " }, formAction: "/return"));
        var returned = await validator.SubmitAsync(entryPage, new Dictionary<string, string> { ["comment"] = "Please give the date of adoption and the budget." }, formAction: "/return");
        var seen = await focal.GetAsync($"/{m.Tenant.Slug}/work/entries/{entryId}");
        var saved = await focal.SubmitAsync(seen, new Dictionary<string, string> { ["Texts[en]"] = "The plan was adopted on 3 March 2025 with a budget of EUR 250,000." });
        var resubmitted = await focal.SubmitAsync(await focal.GetAsync($"/{m.Tenant.Slug}/work/entries/{entryId}"), new Dictionary<string, string>(), formAction: "/submit");

        Assert.That(refused.Text, Does.Contain("the comment is required"));
        Assert.That(returned.Status, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(seen.Text, Does.Contain("Please give the date of adoption and the budget."));
        Assert.That(saved.Status, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(resubmitted.Status, Is.EqualTo(HttpStatusCode.Redirect));
        var transitions = await Fixtures.InTenantAsync(m.Tenant, (_, db) => db.EntryTransitions.Where(t => t.EntryId == entryId).OrderBy(t => t.Id).Select(t => t.To).ToListAsync());
        Assert.That(transitions, Is.EqualTo(new[] { EntryStatus.Submitted, EntryStatus.Returned, EntryStatus.Submitted }));
    }

    [Test]
    public async Task A_focal_point_of_another_institution_can_neither_see_nor_change_this_institutions_work()
    {
        var m = await FollowUpFixtures.MinistryAsync();
        var other = await FollowUpFixtures.InstitutionAsync(m.Tenant, "Ministry of Health");
        var otherFocal = await FollowUpFixtures.PersonAsync(m.Tenant, Simore.Core.Identity.Roles.FocalPoint, other);
        var otherValidator = await FollowUpFixtures.PersonAsync(m.Tenant, Simore.Core.Identity.Roles.Validator, other);
        using var focal = await Fixtures.SignInAsync(m.FocalPoint);
        var entryId = await SubmitAsync(focal, m, "Confidential draft of the Ministry of Justice.", submit: false);
        var page = await focal.GetAsync($"/{m.Tenant.Slug}/work/entries/{entryId}");
        await focal.UploadAsync(page, "/files", "file", "draft.pdf", FollowUpFixtures.Pdf);
        var evidenceId = await Fixtures.InTenantAsync(m.Tenant, (_, db) => db.Evidence.Where(e => e.EntryId == entryId).Select(e => e.Id).SingleAsync());
        using var intruder = await Fixtures.SignInAsync(otherFocal);
        using var otherValidatorBrowser = await Fixtures.SignInAsync(otherValidator);
        var token = (await intruder.GetAsync($"/{m.Tenant.Slug}/work")).Document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? (await intruder.GetAsync("/account/login")).Form().QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var list = await intruder.GetAsync($"/{m.Tenant.Slug}/work");
        var view = await intruder.GetAsync($"/{m.Tenant.Slug}/work/entries/{entryId}");
        var newOnTheirs = await intruder.GetAsync($"/{m.Tenant.Slug}/work/entries/new?r={m.Recommendations[0]}");
        var edit = await intruder.Client.PostAsync($"/{m.Tenant.Slug}/work/entries/{entryId}/submit", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        var evidence = await intruder.Client.GetAsync($"/{m.Tenant.Slug}/evidence/{evidenceId}");
        var validatorView = await otherValidatorBrowser.GetAsync($"/{m.Tenant.Slug}/validation/entries/{entryId}");

        Assert.That(list.Text, Does.Not.Contain("Adopt measure number 1"));
        Assert.That(view.Status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(newOnTheirs.Status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(edit.StatusCode, Is.AnyOf(HttpStatusCode.NotFound, HttpStatusCode.BadRequest));
        Assert.That(evidence.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(validatorView.Status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await Fixtures.InTenantAsync(m.Tenant, (_, db) => db.FollowUpEntries.Where(e => e.Id == entryId).Select(e => e.Status).SingleAsync()), Is.EqualTo(EntryStatus.Draft));
    }

    [Test]
    public async Task Two_people_saving_the_same_entry_the_second_is_refused_and_sees_the_other_version()
    {
        var m = await FollowUpFixtures.MinistryAsync();
        var alternate = await FollowUpFixtures.PersonAsync(m.Tenant, Simore.Core.Identity.Roles.FocalPoint, m.Institution);
        using var first = await Fixtures.SignInAsync(m.FocalPoint);
        using var second = await Fixtures.SignInAsync(alternate);
        var entryId = await SubmitAsync(first, m, "First draft.", submit: false);
        var formOfFirst = await first.GetAsync($"/{m.Tenant.Slug}/work/entries/{entryId}");
        var formOfSecond = await second.GetAsync($"/{m.Tenant.Slug}/work/entries/{entryId}");

        var saved = await first.SubmitAsync(formOfFirst, new Dictionary<string, string> { ["Texts[en]"] = "The first person's text." });
        var refused = await second.SubmitAsync(formOfSecond, new Dictionary<string, string> { ["Texts[en]"] = "The second person's text." });

        Assert.That(saved.Status, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(refused.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(refused.Text, Does.Contain("Someone else saved this entry"));
        Assert.That(refused.Text, Does.Contain("The first person's text."));
        Assert.That(await Fixtures.InTenantAsync(m.Tenant, (_, db) => db.FollowUpEntries.Where(e => e.Id == entryId).Select(e => e.Text).SingleAsync()), Is.EqualTo("The first person's text."));
    }

    [Test]
    public async Task One_entry_for_several_recommendations_updates_each_status_on_publication()
    {
        var m = await FollowUpFixtures.MinistryAsync(recommendations: 3);
        using var focal = await Fixtures.SignInAsync(m.FocalPoint);
        using var validator = await Fixtures.SignInAsync(m.Validator);
        using var admin = await Fixtures.SignInAsync(m.Administrator);
        var form = await focal.GetAsync($"/{m.Tenant.Slug}/work/entries/new?r={m.Recommendations[0]}&r={m.Recommendations[1]}");
        var created = await focal.SubmitAsync(form, new Dictionary<string, string> { ["Texts[en]"] = "One law answers both.", ["ProposedStatus"] = "FullyImplemented", ["MeasureKind"] = "Law" });
        await focal.SubmitAsync(await focal.GetAsync(created.Location!), new Dictionary<string, string>(), formAction: "/submit");
        var entryId = await LatestEntryAsync(m);
        await validator.SubmitAsync(await validator.GetAsync($"/{m.Tenant.Slug}/validation/entries/{entryId}"), new Dictionary<string, string>(), formAction: "/validate");
        await admin.SubmitAsync(await admin.GetAsync($"/{m.Tenant.Slug}/admin/review/entries/{entryId}"), new Dictionary<string, string>(), formAction: "/publish");

        var statuses = await Fixtures.InTenantAsync(m.Tenant, (_, db) => db.Recommendations.OrderBy(r => r.Id).Select(r => r.Status).ToListAsync());
        Assert.That(statuses, Is.EqualTo(new ImplementationStatus?[] { ImplementationStatus.FullyImplemented, ImplementationStatus.FullyImplemented, null }));
    }

    internal static async Task<long> SubmitAsync(Browser focal, Ministry m, string text, bool submit = true)
    {
        var form = await focal.GetAsync($"/{m.Tenant.Slug}/work/entries/new?r={m.Recommendations[0]}");
        var created = await focal.SubmitAsync(form, new Dictionary<string, string> { ["Texts[en]"] = text });
        Assert.That(created.Status, Is.EqualTo(HttpStatusCode.Redirect), created.Text);
        if (submit)
        {
            await focal.SubmitAsync(await focal.GetAsync(created.Location!), new Dictionary<string, string>(), formAction: "/submit");
        }

        return await LatestEntryAsync(m);
    }

    private static Task<long> LatestEntryAsync(Ministry m) =>
        Fixtures.InTenantAsync(m.Tenant, (_, db) => db.FollowUpEntries.OrderByDescending(e => e.Id).Select(e => e.Id).FirstAsync());
}
