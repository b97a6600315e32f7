using System.Net;
using Microsoft.EntityFrameworkCore;
using Simore.Core.Identity;
using Simore.IntegrationTests.FollowUp;

namespace Simore.IntegrationTests.Reliability;

/// <summary>
/// Many people saving the same thing at the same moment, all from the same version: exactly one
/// wins, every other one is told and sees the winner's version, and nothing is silently overwritten.
/// Several rounds, each from the version the previous round left.
/// </summary>
public sealed class ConcurrentEditTests
{
    private const int Editors = 6;

    private const int Rounds = 3;

    [Test]
    public async Task Focal_points_saving_one_entry_at_once_one_wins_per_version_the_others_are_told()
    {
        var ministry = await FollowUpFixtures.MinistryAsync();
        using var author = await Fixtures.SignInAsync(ministry.FocalPoint);
        var entryId = await FollowUpWorkflowTests.SubmitAsync(author, ministry, "The first draft.", submit: false);
        var editors = await SignInAsync(Enumerable.Range(0, Editors).Select(_ => FollowUpFixtures.PersonAsync(ministry.Tenant, Roles.FocalPoint, ministry.Institution)));
        try
        {
            await RaceAsync(
                editors,
                $"/{ministry.Tenant.Slug}/work/entries/{entryId}",
                text => new Dictionary<string, string> { ["Texts[en]"] = text },
                "Someone else saved this entry while you were editing it.",
                () => Fixtures.InTenantAsync(ministry.Tenant, (_, db) => db.FollowUpEntries.Where(e => e.Id == entryId).Select(e => e.Text).SingleAsync()));
        }
        finally
        {
            editors.ForEach(e => e.Dispose());
        }
    }

    [Test]
    public async Task Administrators_saving_one_recommendation_at_once_one_wins_per_version_the_others_are_told()
    {
        var tenant = await Fixtures.NewTenantAsync();
        var id = (await Fixtures.AddRecommendationsAsync(tenant, "Ratify the Optional Protocol to the Convention against Torture"))[0];
        var editors = await SignInAsync(Enumerable.Range(0, Editors).Select(_ => Fixtures.NewUserAsync(tenant, Roles.Administrator, twoFactor: true)));
        try
        {
            await RaceAsync(
                editors,
                $"/{tenant.Slug}/admin/recommendations/{id}/edit",
                text => new Dictionary<string, string> { ["ShortTitle"] = text },
                "Someone else saved this recommendation while you were editing it.",
                () => Fixtures.InTenantAsync(tenant, (_, db) => db.Recommendations.Where(r => r.Id == id).Select(r => r.ShortTitle ?? string.Empty).SingleAsync()));
        }
        finally
        {
            editors.ForEach(e => e.Dispose());
        }
    }

    private static async Task<List<Browser>> SignInAsync(IEnumerable<Task<TestUser>> people)
    {
        var browsers = new List<Browser>();
        foreach (var person in people)
        {
            browsers.Add(await Fixtures.SignInAsync(await person));
        }

        return browsers;
    }

    /// <summary>Each round: everyone opens the form, then everyone saves at once; checks the round's outcome.</summary>
    private static async Task RaceAsync(List<Browser> editors, string url, Func<string, Dictionary<string, string>> fields, string conflictMessage, Func<Task<string>> stored)
    {
        for (var round = 1; round <= Rounds; round++)
        {
            var forms = await Task.WhenAll(editors.Select(e => e.GetAsync(url)));
            Assert.That(forms.Select(f => f.Status), Has.All.EqualTo(HttpStatusCode.OK));
            var texts = editors.Select((_, i) => $"Round {round}, the text of editor {i + 1}.").ToList();

            using var start = new SemaphoreSlim(0);
            var saves = editors.Select((editor, i) => Task.Run(async () =>
            {
                await start.WaitAsync();
                return await editor.SubmitAsync(forms[i], fields(texts[i]));
            })).ToList();
            start.Release(editors.Count);
            var answers = await Task.WhenAll(saves);

            var winners = answers.Select((a, i) => (Answer: a, Index: i)).Where(x => x.Answer.Status == HttpStatusCode.Redirect).ToList();
            var losers = answers.Select((a, i) => (Answer: a, Index: i)).Where(x => x.Answer.Status != HttpStatusCode.Redirect).ToList();
            var kept = await stored();

            Assert.That(winners, Has.Count.EqualTo(1), $"round {round}: exactly one save wins ({string.Join(", ", answers.Select(a => (int)a.Status))})");
            Assert.That(kept, Is.EqualTo(texts[winners[0].Index]), $"round {round}: the winner's text is the one kept");
            Assert.That(losers.Select(l => l.Answer.Status), Has.All.EqualTo(HttpStatusCode.OK), $"round {round}: the others get the form back, not an error");
            Assert.That(losers.Select(l => l.Answer.Text), Has.All.Contains(conflictMessage), $"round {round}: and are told why");
            Assert.That(losers.Select(l => l.Answer.Text), Has.All.Contains(texts[winners[0].Index]), $"round {round}: and see the version that won");
        }
    }
}
