using System.Net;
using Microsoft.EntityFrameworkCore;
using Simore.Core.Identity;
using Simore.IntegrationTests.Network;

namespace Simore.IntegrationTests.FollowUp;

/// <summary>
/// The national mechanism end to end, through real HTTP and PostgreSQL, as its people use it: the
/// administrator invites a focal point and a validator, they choose their passwords from the
/// e-mailed links, the focal point reports, the validator validates, the administrator publishes,
/// and a visitor reads it.
/// </summary>
public sealed class WholePathTests
{
    [Test]
    public async Task Invite_enter_submit_validate_publish_and_read_in_public()
    {
        var (tenant, _, administrator) = await NetworkFixtures.AdministratorAsync();
        using var admin = administrator;
        var ministry = await NetworkFixtures.AddInstitutionAsync(tenant, "Ministry of Education");
        var recommendation = (await Fixtures.AddRecommendationsAsync(tenant, "Ensure inclusive education for Roma children"))[0];
        await FollowUpFixtures.AssignAsync(tenant, [recommendation], ministry);
        var focalEmail = $"focal-{Guid.NewGuid():N}@education.example";
        var validatorEmail = $"validator-{Guid.NewGuid():N}@education.example";
        await InvitationTests.InviteAsync(admin, tenant.Slug, focalEmail, "Nina Kos", Roles.FocalPoint, ministry);
        await InvitationTests.InviteAsync(admin, tenant.Slug, validatorEmail, "Luka Vidmar", Roles.Validator, ministry);

        using var focal = await AcceptAsync(tenant, focalEmail);
        using var validator = await AcceptAsync(tenant, validatorEmail);
        var entryId = await FollowUpWorkflowTests.SubmitAsync(focal, new Ministry(tenant, ministry, null!, null!, null!, [recommendation]), "Teaching assistants for Roma pupils were hired in 40 schools.");
        var validated = await validator.SubmitAsync(await validator.GetAsync($"/{tenant.Slug}/validation/entries/{entryId}"), new Dictionary<string, string>(), formAction: "/validate");
        var published = await admin.SubmitAsync(await admin.GetAsync($"/{tenant.Slug}/admin/review/entries/{entryId}"), new Dictionary<string, string>(), formAction: "/publish");
        using var visitor = TestEnvironment.App.CreateBrowser();
        var page = await visitor.GetAsync($"/{tenant.Slug}/recommendations/{recommendation}");

        Assert.That(validated.Status, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(published.Status, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(page.Text, Does.Contain("Teaching assistants for Roma pupils were hired in 40 schools."));
        Assert.That(page.Text, Does.Contain("Ministry of Education"));
        var author = await Fixtures.InTenantAsync(tenant, (_, db) => db.FollowUpEntries.Where(e => e.Id == entryId).Select(e => e.AuthorName).SingleAsync());
        Assert.That(author, Is.EqualTo(focalEmail));
    }

    /// <summary>Opens the invitation e-mail's link, chooses a password, signs in.</summary>
    private static async Task<Browser> AcceptAsync(Simore.Core.Tenancy.Tenant tenant, string email)
    {
        var body = await Fixtures.InTenantAsync(tenant, (_, db) => db.EmailMessages.Where(m => m.To == email).Select(m => m.Body).SingleAsync());
        using var invitee = TestEnvironment.App.CreateBrowser();
        var page = await invitee.GetAsync(NetworkFixtures.LinkIn(body));
        var accepted = await invitee.SubmitAsync(page, new Dictionary<string, string> { ["Password"] = "a long enough passphrase", ["ConfirmPassword"] = "a long enough passphrase" });
        Assert.That(accepted.Status, Is.EqualTo(HttpStatusCode.Redirect), accepted.Text);
        return await Fixtures.SignInAsync(new TestUser(Guid.Empty, email, "a long enough passphrase", null));
    }
}
