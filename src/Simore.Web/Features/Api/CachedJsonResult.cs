using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Simore.Web.Features.Api;

/// <summary>
/// JSON with a strong ETag computed from the body's bytes: whatever changes what a reader would
/// see (a status, a name, a new recommendation, the page links) changes the tag, and nothing
/// else does, so a client's If-None-Match gets 304 exactly while its copy is current.
/// </summary>
public sealed class CachedJsonResult<T>(T value) : IActionResult
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(60);

    public async Task ExecuteResultAsync(ActionContext context)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(value, ApiJson.Options);
        var etag = new EntityTagHeaderValue("\"" + Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 16)) + "\"");
        var request = context.HttpContext.Request;
        var response = context.HttpContext.Response;
        var headers = response.GetTypedHeaders();
        headers.ETag = etag;
        headers.CacheControl = new CacheControlHeaderValue { Public = true, MaxAge = MaxAge };
        response.Headers.Vary = "Accept-Encoding";

        // If-None-Match compares weakly (RFC 9110, 13.1.2): a W/ tag from a compressing proxy still matches.
        var ifNoneMatch = request.GetTypedHeaders().IfNoneMatch;
        if (ifNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false)))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes, context.HttpContext.RequestAborted);
    }
}
