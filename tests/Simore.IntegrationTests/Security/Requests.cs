using System.Net;
using System.Runtime.CompilerServices;

namespace Simore.IntegrationTests.Security;

/// <summary>How the app answered, as far as access goes.</summary>
public enum Answer
{
    /// <summary>Anything but a refusal or a server error: the request reached the action.</summary>
    Served,

    /// <summary>403, 401, or a redirect to sign in, to the second-factor step, or to "access denied".</summary>
    Denied,
    NotFound,
    ServerError,
}

public sealed record Outcome(HttpStatusCode Status, string? Location)
{
    public Answer Answer =>
        (int)Status >= 500 ? Answer.ServerError
        : Status is HttpStatusCode.NotFound ? Answer.NotFound
        : Status is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized || IsDenialRedirect ? Answer.Denied
        : Answer.Served;

    /// <summary>
    /// A challenge or a refusal sends the browser on with the address it wanted (returnUrl); an
    /// action's own redirect to the sign-in page (the second-factor page without a pending sign-in) does not.
    /// </summary>
    private bool IsDenialRedirect =>
        Status is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther
        && Location is { } location
        && location.Contains("returnurl=", StringComparison.OrdinalIgnoreCase)
        && (location.Contains("/account/login", StringComparison.Ordinal)
            || location.Contains("/account/denied", StringComparison.Ordinal)
            || location.Contains("/account/two-factor", StringComparison.Ordinal));

    public override string ToString() => Location is null ? $"{(int)Status}" : $"{(int)Status} → {Location}";
}

public static class Requests
{
    private static readonly ConditionalWeakTable<Browser, string> Tokens = [];

    /// <summary>Sends a GET, or a POST carrying the browser's antiforgery token and the given fields.</summary>
    public static async Task<Outcome> SendAsync(Browser browser, string method, string path, bool withToken = true, IEnumerable<KeyValuePair<string, string>>? fields = null)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            var values = (fields ?? []).ToList();
            if (withToken)
            {
                values.Add(new("__RequestVerificationToken", await TokenAsync(browser)));
            }

            request.Content = new FormUrlEncodedContent(values);
        }

        using var response = await browser.Client.SendAsync(request);
        return new Outcome(response.StatusCode, response.Headers.Location?.OriginalString);
    }

    /// <summary>The antiforgery token of a form the app gave this browser (tokens are per user, not per form).</summary>
    public static async Task<string> TokenAsync(Browser browser)
    {
        if (Tokens.TryGetValue(browser, out var cached))
        {
            return cached;
        }

        var page = await browser.GetAsync("/account/login");
        var token = page.Document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new AssertionException($"No antiforgery token on the sign-in page ({page.Status}).");
        Tokens.AddOrUpdate(browser, token);
        return token;
    }
}
