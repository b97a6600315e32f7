using System.Globalization;
using Microsoft.AspNetCore.Http.Extensions;
using Simore.Core.Portal;

namespace Simore.Web.Features.Portal;

/// <summary>
/// A public search as URL parameters, in a fixed order, so that every result page, facet link and
/// export is a short, shareable URL that means the same thing to everyone who opens it.
/// </summary>
public sealed class SearchParameters
{
    private static readonly string[] Order =
        ["q", "mechanism", "body", "cycle", "year", "position", "status", "cluster", "theme", "group", "sdg", "target", "state", "institution", "sort", "pageSize", "page"];

    private readonly List<KeyValuePair<string, string>> _values;

    private SearchParameters(IEnumerable<KeyValuePair<string, string>> values) =>
        _values = values.OrderBy(v => Array.IndexOf(Order, v.Key)).ToList();

    public static SearchParameters From(PortalQuery query)
    {
        var values = new List<KeyValuePair<string, string>>();
        void Add(string name, object? value)
        {
            var text = value switch
            {
                null => null,
                IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
                _ => value.ToString(),
            };
            if (!string.IsNullOrWhiteSpace(text))
            {
                values.Add(new(name, text));
            }
        }

        Add("q", query.Q);
        Add("mechanism", query.Mechanism);
        Add("body", query.Body);
        Add("cycle", query.Cycle);
        Add("year", query.Year);
        Add("position", query.Position);
        Add("status", query.Status);
        Add("cluster", query.Cluster);
        Add("theme", query.Theme);
        Add("group", query.Group);
        Add("sdg", query.Sdg);
        Add("target", query.Target);
        Add("state", query.State);
        Add("institution", query.Institution);
        Add("sort", query.Sort);
        if (query.PageSize != new PortalQuery().PageSize)
        {
            Add("pageSize", query.PageSize);
        }

        if (query.Page > 1)
        {
            Add("page", query.Page);
        }

        return new SearchParameters(values);
    }

    public string? this[string name] => _values.FirstOrDefault(v => v.Key == name).Value;

    /// <summary>The filters in force, without sort and paging.</summary>
    public IEnumerable<KeyValuePair<string, string>> Filters => _values.Where(v => v.Key is not ("sort" or "page" or "pageSize"));

    /// <summary>A changed search starts again at its first page.</summary>
    public SearchParameters With(string name, string value) =>
        new([.. _values.Where(v => v.Key != name && v.Key != "page"), new(name, value)]);

    public SearchParameters Without(string name) => new([.. _values.Where(v => v.Key != name && v.Key != "page")]);

    public SearchParameters WithoutPaging() => new([.. _values.Where(v => v.Key is not ("page" or "pageSize"))]);

    public string ToQueryString() => new QueryBuilder(_values).ToQueryString().Value ?? string.Empty;

    public override string ToString() => ToQueryString();
}
