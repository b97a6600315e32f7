using Microsoft.EntityFrameworkCore;
using Simore.Core.Identity;
using Simore.Core.Registry;

namespace Simore.IntegrationTests.Registry;

public sealed class PartsTests
{
    [Test]
    public async Task A_multi_action_recommendation_is_split_into_parts_with_their_own_positions()
    {
        var tenant = await Fixtures.NewTenantAsync();
        var id = (await Fixtures.AddRecommendationsAsync(tenant, "Ratify the Convention and withdraw the reservations to its article 9"))[0];
        var admin = await Fixtures.NewUserAsync(tenant, Roles.Administrator, twoFactor: true);
        using var browser = await Fixtures.SignInAsync(admin);
        var details = await browser.GetAsync($"/{tenant.Slug}/admin/recommendations/{id}");

        await browser.SubmitAsync(details, new Dictionary<string, string> { ["Label"] = "a", ["Text"] = "Ratify the Convention", ["Position"] = "Supported" }, formAction: "/parts");
        await browser.SubmitAsync(details, new Dictionary<string, string> { ["Label"] = "b", ["Text"] = "Withdraw the reservations to its article 9", ["Position"] = "Noted", ["ThemeCodes"] = "ratification-accession" }, formAction: "/parts");
        var again = await browser.FollowAsync(await browser.SubmitAsync(details, new Dictionary<string, string> { ["Label"] = "a", ["Text"] = "Duplicate label", ["Position"] = "Noted" }, formAction: "/parts"));

        Assert.That(again.Text, Does.Contain("The recommendation already has a part with this label."));
        await Fixtures.InTenantAsync(tenant, async (_, db) =>
        {
            var parts = await db.RecommendationParts.Where(p => p.RecommendationId == id).OrderBy(p => p.Label).ToListAsync();
            Assert.That(parts.Select(p => (p.Label, p.Position)), Is.EqualTo(new[] { ("a", Position.Supported), ("b", Position.Noted) }));
            Assert.That(parts[1].ThemeCodes, Is.EqualTo(new[] { "ratification-accession" }));
            Assert.That(await db.PositionChanges.CountAsync(c => c.RecommendationId == id && c.PartId != null), Is.EqualTo(2));
            var audit = await db.AuditEntries.Where(a => a.EntityId == id).Select(a => a.Changes).ToListAsync();
            Assert.That(audit, Has.Some.Contains("RecommendationPart"));
            return 0;
        });
    }
}
