using Simore.EndToEndTests.Pages;
using static Microsoft.Playwright.Assertions;

namespace Simore.EndToEndTests.Accessibility;

/// <summary>Where an Arabic reader finds things, and text of another language inside an Arabic page.</summary>
public sealed class RightToLeftTests : BrowserTest
{
    private AccessibilitySite? _site;

    private AccessibilitySite Site => _site ?? throw new InvalidOperationException("The site is not set up.");

    [OneTimeSetUp]
    public async Task SetUpSiteAsync() => _site = await AccessibilitySite.SharedAsync();

    /// <summary>The check itself tells the two directions apart: it passes in Arabic and fails on the English layout.</summary>
    [Test]
    public async Task The_navigation_is_mirrored_in_Arabic_and_not_in_English()
    {
        var arabic = await PersonaAsync("Arabic reader", "ar");
        await arabic.GoAsync($"/{Site.Slug}?culture=ar");
        var english = await PersonaAsync("English reader", "en");
        await english.GoAsync($"/{Site.Slug}?culture=en");

        await RightToLeft.ExpectNavigationMirroredAsync(arabic.Page);
        Assert.ThrowsAsync<AssertionException>(() => RightToLeft.ExpectNavigationMirroredAsync(english.Page));
    }

    /// <summary>A ministry's English follow-up and its evidence keep their own direction on an Arabic page (punctuation in place).</summary>
    [Test]
    public async Task English_follow_up_on_an_Arabic_page_runs_left_to_right()
    {
        var reader = await PersonaAsync("Arabic reader", "ar");
        await reader.GoAsync($"/{Site.Slug}/recommendations/{Site.Recommendation}?culture=ar");
        var page = new RecommendationPage(reader, Site.Slug);

        await Expect(reader.Page.Locator("main")).ToHaveCSSAsync("direction", "rtl");
        await Expect(page.FollowUp.Locator("p.recommendation-text")).ToHaveCSSAsync("direction", "ltr");
        await Expect(page.EvidenceLinks).ToHaveCSSAsync("direction", "ltr");
    }
}
