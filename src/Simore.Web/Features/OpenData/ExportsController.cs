using System.Data;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using MiniExcelLibs;
using Simore.Core.Portal;
using Simore.Core.Tenancy;
using Simore.Web.Features.Api;
using Simore.Web.Features.Shared;
using CsvFormat = Simore.Core.Portal.Csv;

namespace Simore.Web.Features.OpenData;

/// <summary>
/// Downloads of the current public search: every matching recommendation (up to
/// <see cref="MaxRows"/>), in the order of the search, as CSV, XLSX or JSON.
/// </summary>
[Route("{tenant}/recommendations")]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ExportsController(
    PortalSearch search,
    PublicRecommendationReader reader,
    ExportColumns columns,
    ITenantContext tenantContext,
    TimeProvider clock) : Controller
{
    public const int MaxRows = 50_000;

    // Enough rows per round trip to keep the queries few, few enough to keep the memory small.
    private const int Chunk = 1_000;

    [HttpGet("export.csv")]
    [ValidatePortalQuery(paged: false)]
    public async Task Csv([FromQuery] PortalQuery query, CancellationToken cancellationToken)
    {
        Attachment("csv", "text/csv; charset=utf-8");
        await using var writer = new StreamWriter(Response.Body, CsvFormat.Encoding, bufferSize: 64 * 1024);
        await writer.WriteAsync(CsvFormat.Line(columns.Headers()));
        await foreach (var item in ItemsAsync(query, cancellationToken))
        {
            await writer.WriteAsync(CsvFormat.Line(columns.Values(item)));
        }
    }

    [HttpGet("export.xlsx")]
    [ValidatePortalQuery(paged: false)]
    public async Task Xlsx([FromQuery] PortalQuery query, CancellationToken cancellationToken)
    {
        // A table rather than rows of dictionaries: it keeps the header row when nothing matches.
        using var table = new DataTable("Recommendations") { Locale = CultureInfo.InvariantCulture };
        foreach (var header in columns.Headers())
        {
            table.Columns.Add(header, typeof(string));
        }

        await foreach (var item in ItemsAsync(query, cancellationToken))
        {
            table.Rows.Add([.. columns.Values(item)]);
        }

        // MiniExcel writes synchronously and seeks; the server's response body allows neither.
        using var buffer = new MemoryStream();
        await buffer.SaveAsAsync(table, sheetName: "Recommendations", excelType: ExcelType.XLSX, cancellationToken: cancellationToken);
        Attachment("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        Response.ContentLength = buffer.Length;
        buffer.Position = 0;
        await buffer.CopyToAsync(Response.Body, cancellationToken);
    }

    [HttpGet("export.json")]
    [ValidatePortalQuery(paged: false)]
    public async Task Json([FromQuery] PortalQuery query, CancellationToken cancellationToken)
    {
        Attachment("json", "application/json; charset=utf-8");
        await using var json = new Utf8JsonWriter(Response.BodyWriter);
        json.WriteStartArray();
        var count = 0;
        await foreach (var item in ItemsAsync(query, cancellationToken))
        {
            JsonSerializer.Serialize(json, item, ApiJson.Options);
            if (++count % Chunk == 0)
            {
                await json.FlushAsync(cancellationToken);
                await Response.BodyWriter.FlushAsync(cancellationToken);
            }
        }

        json.WriteEndArray();
        await json.FlushAsync(cancellationToken);
    }

    private async IAsyncEnumerable<ApiRecommendation> ItemsAsync(PortalQuery query, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var language = Names.Language;
        var ids = await search.AllIdsAsync(query with { Language = language, Sort = query.Sort?.ToLowerInvariant() }, MaxRows, cancellationToken);
        var addresses = PublicAddresses.For(Request, tenantContext.Tenant!.Slug);
        foreach (var chunk in ids.Chunk(Chunk))
        {
            foreach (var item in await reader.ReadAsync(chunk, addresses, language, cancellationToken))
            {
                yield return item;
            }
        }
    }

    private void Attachment(string extension, string contentType)
    {
        var date = clock.GetUtcNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Response.ContentType = contentType;
        Response.Headers.ContentDisposition = $"attachment; filename=\"{tenantContext.Tenant!.Slug}-recommendations-{date}.{extension}\"";
    }
}
