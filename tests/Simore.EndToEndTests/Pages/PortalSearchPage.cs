using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Simore.EndToEndTests.Pages;

/// <summary>The public search: words, facets in the side column, results with links to each recommendation.</summary>
public sealed class PortalSearchPage(Persona persona, string tenant)
{
    private IPage Page => persona.Page;

    public ILocator Results => Page.Locator("main ol.search-results > li");

    public ILocator ResultCount => Page.Locator("#results-heading");

    /// <summary>Goes from the State's landing page to the search through the main navigation, as a visitor does.</summary>
    public async Task OpenFromLandingAsync()
    {
        await persona.GoAsync($"/{tenant}");
        await Page.Locator($"header nav a.nav-link[href='/{tenant}/recommendations']").ClickAsync();
        await Expect(Page.Locator("#q")).ToBeVisibleAsync();
    }

    public async Task SearchAsync(string words)
    {
        await Page.Locator("#q").FillAsync(words);
        await Page.Locator("form[role=search] button[type=submit]").ClickAsync();
        await Expect(Page.Locator("#q")).ToHaveValueAsync(words);
        await Expect(Page.Locator("main .filter-chip")).Not.ToHaveCountAsync(0);
    }

    /// <summary>Follows a facet value (by its filter name and value, e.g. status=PartiallyImplemented).</summary>
    public async Task FilterAsync(string facet, string value)
    {
        await Page.Locator($"nav.facet[aria-labelledby='facet-{facet}'] a[href*='{facet}={value}']").ClickAsync();
        await Expect(Page.Locator($"nav.facet[aria-labelledby='facet-{facet}'] [aria-current=true]")).ToHaveCountAsync(1);
    }

    public async Task OpenResultAsync(string paragraph)
    {
        await Results.Filter(new() { HasText = paragraph }).Locator("h3 a").ClickAsync();
        await Expect(Page.Locator("main blockquote.recommendation-text")).ToBeVisibleAsync();
    }
}
