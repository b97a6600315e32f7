using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.WebUtilities;

namespace Simore.Web.Features.Language;

/// <summary>Addresses with and without an explicit ?culture=, which wins over the reader's remembered choice.</summary>
public static class CultureUrl
{
    public static string Without(string url)
    {
        var question = url.IndexOf('?', StringComparison.Ordinal);
        if (question < 0)
        {
            return url;
        }

        var query = QueryHelpers.ParseQuery(url[question..]);
        query.Remove("culture");
        var rebuilt = new QueryBuilder(query.SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string>(p.Key, v ?? string.Empty))));
        return url[..question] + rebuilt.ToQueryString();
    }

    /// <summary>The address in another language; following it also remembers the choice (CultureFromUrlMiddleware).</summary>
    public static string With(string url, string language)
    {
        var without = Without(url);
        return without + (without.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "culture=" + Uri.EscapeDataString(language);
    }
}
