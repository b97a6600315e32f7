using Microsoft.Playwright;

namespace Simore.EndToEndTests.Pages;

/// <summary>A recommendation's public page: its text, what was done, and the civil-society discussion.</summary>
public sealed class RecommendationPage(Persona persona, string tenant)
{
    private IPage Page => persona.Page;

    public ILocator Text => Page.Locator("main blockquote.recommendation-text");

    /// <summary>The published follow-up ("What has been done").</summary>
    public ILocator FollowUp => Page.Locator("section[aria-labelledby=followup-heading] > ol > li");

    public ILocator EvidenceLinks => FollowUp.Locator("ul a");

    public ILocator Comments => Page.Locator("section[aria-labelledby=comments-heading] article");

    public async Task OpenAsync(long id) => await persona.GoAsync($"/{tenant}/recommendations/{id}");

    /// <summary>Fetches a link's target in the visitor's own browser context (cookies included), as a download would.</summary>
    public async Task<IAPIResponse> FetchAsync(ILocator link)
    {
        var href = await link.GetAttributeAsync("href") ?? throw new AssertionException("The link has no address.");
        return await persona.Context.APIRequest.GetAsync(href);
    }
}
