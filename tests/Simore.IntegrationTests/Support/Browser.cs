using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Simore.Testing;

namespace Simore.IntegrationTests;

/// <summary>
/// Drives the app as a browser does: GET a page, read its form (with the antiforgery token the
/// server put in it), POST it back. Cookies persist between requests.
/// </summary>
public sealed class Browser(HttpClient client) : IDisposable
{
    private static readonly HtmlParser Parser = new();

    public HttpClient Client { get; } = client;

    public async Task<Page> GetAsync(string url)
    {
        var response = await Client.GetAsync(url);
        return await Page.ReadAsync(response);
    }

    /// <summary>Fills the form (the first one, or the one whose action contains <paramref name="formAction"/>) and submits it.</summary>
    public async Task<Page> SubmitAsync(Page page, IReadOnlyDictionary<string, string> fields, string? formAction = null, string? submitValue = null)
    {
        var form = page.Form(formAction);
        var values = HtmlForms.Values(form, fields);
        if (submitValue is not null)
        {
            values.Add(submitValue.Split('=', 2) is [var name, var value] ? new(name, value) : new(submitValue, string.Empty));
        }

        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : page.Url;
        var response = await Client.PostAsync(action, new FormUrlEncodedContent(values));
        return await Page.ReadAsync(response);
    }

    /// <summary>Submits a multipart form with a file, as a browser's file input does.</summary>
    public async Task<Page> UploadAsync(Page page, string formAction, string fileField, string fileName, byte[] content, IReadOnlyDictionary<string, string>? fields = null)
    {
        var form = page.Form(formAction);
        using var body = new MultipartFormDataContent();
        foreach (var input in form.QuerySelectorAll("input[type=hidden][name]").OfType<IHtmlInputElement>())
        {
            body.Add(new StringContent(input.Value), input.Name!);
        }

        foreach (var (name, value) in fields ?? new Dictionary<string, string>())
        {
            body.Add(new StringContent(value), name);
        }

        body.Add(new ByteArrayContent(content), fileField, fileName);
        var response = await Client.PostAsync(form.GetAttribute("action"), body);
        return await Page.ReadAsync(response);
    }

    public async Task<Page> FollowAsync(Page page)
    {
        var current = page;
        for (var i = 0; i < 5 && current.Status is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther; i++)
        {
            current = await GetAsync(current.Location!);
        }

        return current;
    }

    public void Dispose() => Client.Dispose();

    public sealed record Page(HttpStatusCode Status, string Url, string? Location, string Html, IHtmlDocument Document)
    {
        public static async Task<Page> ReadAsync(HttpResponseMessage response)
        {
            var html = await response.Content.ReadAsStringAsync();
            var location = response.Headers.Location?.ToString();
            return new Page(response.StatusCode, response.RequestMessage!.RequestUri!.PathAndQuery, location, html, Parser.ParseDocument(html));
        }

        public IHtmlFormElement Form(string? actionContains = null) =>
            Document.Forms.FirstOrDefault(f => actionContains is null
                ? f.Method.Equals("post", StringComparison.OrdinalIgnoreCase) && !(f.GetAttribute("action") ?? string.Empty).Contains("/language", StringComparison.Ordinal) && !(f.GetAttribute("action") ?? string.Empty).Contains("/logout", StringComparison.Ordinal)
                : (f.GetAttribute("action") ?? string.Empty).Contains(actionContains, StringComparison.Ordinal))
            ?? throw new AssertionException($"No form{(actionContains is null ? string.Empty : " for " + actionContains)} on {Url} ({Status}).");

        public string Text => Document.Body?.TextContent ?? string.Empty;
    }
}
