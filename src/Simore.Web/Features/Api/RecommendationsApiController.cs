using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;
using Simore.Core.Localization;
using Simore.Core.Portal;
using Simore.Core.Tenancy;
using Simore.Web.Features.Portal;

namespace Simore.Web.Features.Api;

/// <summary>
/// The read-only open data API: the recommendations a State has received and its published
/// follow-up, searched with the portal's filters. Anonymous, cacheable, callable from any origin.
/// </summary>
[ApiController]
[Route("api/v1/{tenant}/recommendations")]
[ApiExplorerSettings(GroupName = ApiServices.DocumentName)]
[Tags("Recommendations")]
[ApiLanguage]
[OutputCache(PolicyName = PortalOutputCache.Policy)]
public sealed class RecommendationsApiController(
    PortalSearch search,
    PublicRecommendationReader reader,
    ITenantContext tenantContext,
    IStringLocalizer<SharedResource> l) : ControllerBase
{
    /// <summary>Searches the recommendations, one page at a time.</summary>
    /// <param name="query">The portal's filters; every one is optional.</param>
    /// <param name="lang">Language of the names: ar, en, es, fr, ru or zh (default en).</param>
    [HttpGet("", Name = "ListRecommendations")]
    [EndpointSummary("Search the recommendations")]
    [EndpointDescription("The portal's search: every filter is optional and they combine. Ordered by reference, or by relevance when q is given.")]
    [ValidatePortalQuery(paged: true)]
    [ProducesResponseType<ApiRecommendationList>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, ApiProblems.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, ApiProblems.ContentType)]
    public async Task<IActionResult> List([FromQuery] PortalQuery query, [FromQuery] string? lang, CancellationToken cancellationToken)
    {
        var language = ApiLanguageAttribute.Of(lang);
        query = query with { Language = language, Sort = query.Sort?.ToLowerInvariant() };
        var (total, ids) = await search.PageAsync(query, cancellationToken);
        var items = await reader.ReadAsync(ids, Addresses(), language, cancellationToken);
        var links = new ApiLinks(
            PageLink(query.Page),
            (long)query.Page * query.PageSize < total ? PageLink(query.Page + 1) : null,
            query.Page > 1 ? PageLink(query.Page - 1) : null);
        return new CachedJsonResult<ApiRecommendationList>(new ApiRecommendationList(total, query.Page, query.PageSize, items, links));
    }

    /// <summary>One recommendation, with the follow-up the State has published about it.</summary>
    /// <param name="id">The recommendation's id, as in the list's items.</param>
    /// <param name="lang">Language of the names: ar, en, es, fr, ru or zh (default en).</param>
    [HttpGet("{id:long}", Name = "GetRecommendation")]
    [EndpointSummary("Read one recommendation")]
    [EndpointDescription("The same fields as in the list, and the follow-up entries the State has published, newest first.")]
    [ProducesResponseType<ApiRecommendationDetail>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, ApiProblems.ContentType)]
    public async Task<IActionResult> Get(long id, [FromQuery] string? lang, CancellationToken cancellationToken)
    {
        var item = await reader.ReadOneAsync(id, Addresses(), ApiLanguageAttribute.Of(lang), cancellationToken);
        return item is null
            ? Problem(statusCode: StatusCodes.Status404NotFound, detail: l["No recommendation with this id is published here."])
            : new CachedJsonResult<ApiRecommendationDetail>(item);
    }

    private PublicAddresses Addresses() => PublicAddresses.For(Request, tenantContext.Tenant!.Slug);

    /// <summary>This request's address with another page: every other parameter is kept as given.</summary>
    private string PageLink(int page)
    {
        var parameters = Request.Query
            .Where(p => !p.Key.Equals("page", StringComparison.OrdinalIgnoreCase))
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)))
            .Append(new("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return $"{Request.Scheme}://{Request.Host}{Request.PathBase}{Request.Path}{QueryString.Create(parameters)}";
    }
}
