using Microsoft.AspNetCore.Http.Extensions;

namespace Simore.Web.Features.Shared;

/// <summary>Paging links that keep every other query parameter, so each page is a shareable URL.</summary>
public sealed record PagerModel(int Page, int PageSize, int Total, string Path, IQueryCollection Query)
{
    public int PageCount => Math.Max(1, (int)Math.Ceiling(Total / (double)PageSize));

    /// <summary>The address of a page when the page has its own way of writing it (the public search's canonical URLs).</summary>
    public Func<int, string>? Url { get; init; }

    public string UrlFor(int page)
    {
        if (Url is not null)
        {
            return Url(page);
        }

        var query = new QueryBuilder(Query.Where(p => !string.Equals(p.Key, "page", StringComparison.OrdinalIgnoreCase))
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string>(p.Key, v ?? string.Empty))));
        query.Add("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return Path + query.ToQueryString();
    }
}
