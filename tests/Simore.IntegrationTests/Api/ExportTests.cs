using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using MiniExcelLibs;
using Simore.Testing;

namespace Simore.IntegrationTests.Api;

/// <summary>/{tenant}/recommendations/export.{csv,xlsx,json}: every recommendation of the current search.</summary>
public sealed class ExportTests
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    [Test]
    public async Task Csv_is_utf8_with_a_bom_quoted_and_safe_to_open_in_a_spreadsheet()
    {
        var set = await OpenDataSet.CreateAsync();
        using var client = OpenDataClient.Create();

        var response = await client.GetAsync($"/{set.Tenant.Slug}/recommendations/export.csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var rows = CsvRecords.Parse(Encoding.UTF8.GetString(bytes.AsSpan(Bom.Length)));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("text/csv"));
        Assert.That(response.Content.Headers.ContentDisposition!.ToString(), Does.Match($"^attachment; filename=\"{set.Tenant.Slug}-recommendations-\\d{{4}}-\\d{{2}}-\\d{{2}}\\.csv\"$"));
        Assert.That(bytes.Take(3), Is.EqualTo(Bom));
        Assert.That(rows[0], Has.Count.EqualTo(18));
        Assert.That(rows[0][0], Is.EqualTo("Reference"));
        Assert.That(rows.Skip(1).Select(r => r[^1]), Is.EqualTo(set.Public.Select(id => $"http://localhost/{set.Tenant.Slug}/recommendations/{id}")), "one row per public recommendation, in order");
        Assert.That(rows.Skip(1), Has.All.Count.EqualTo(18));
        var cedaw = rows[^1];
        Assert.That(cedaw[3], Is.EqualTo("'" + OpenDataSet.CedawText), "a leading minus is neutralised, quotes, comma and line break survive");
        Assert.That(cedaw[0], Is.EqualTo($"{OpenDataSet.CedawSymbol} para. 12 (b)"));
        var torture = rows[1];
        Assert.That(torture[9], Is.EqualTo("France; Portugal"));
        Assert.That(torture[14], Is.EqualTo("Ministry of Justice (lead)"));
        Assert.That(torture[15], Is.EqualTo("In progress"));
        Assert.That(torture[16], Is.EqualTo("2025-03-14"));
        Assert.That(rows[2][15], Is.EqualTo("No information"));
    }

    [Test]
    public async Task Csv_has_the_rows_of_the_filter_and_headers_in_the_chosen_language()
    {
        var set = await OpenDataSet.CreateAsync();
        using var client = OpenDataClient.Create();

        var text = await client.GetStringAsync($"/{set.Tenant.Slug}/recommendations/export.csv?state=FRA&culture=fr");
        var rows = CsvRecords.Parse(text.TrimStart('\uFEFF'));

        Assert.That(rows[0][0], Is.EqualTo("R\u00e9f\u00e9rence"));
        Assert.That(rows[0][3], Is.EqualTo("Texte de la recommandation"));
        Assert.That(rows.Skip(1).Select(r => r[^1]), Is.EqualTo(new[] { set.Torture, set.Education }.Select(id => $"http://localhost/{set.Tenant.Slug}/recommendations/{id}")));
        Assert.That(rows[1][8], Is.EqualTo("Appuy\u00e9e"));
    }

    [Test]
    public async Task Xlsx_opens_with_a_header_and_one_row_per_recommendation()
    {
        var set = await OpenDataSet.CreateAsync();
        using var client = OpenDataClient.Create();

        var all = await client.GetAsync($"/{set.Tenant.Slug}/recommendations/export.xlsx");
        var noted = await client.GetAsync($"/{set.Tenant.Slug}/recommendations/export.xlsx?position=Noted&culture=fr");
        var none = await client.GetAsync($"/{set.Tenant.Slug}/recommendations/export.xlsx?q=nothingmatchesthisatall");

        Assert.That(all.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        Assert.That(all.Content.Headers.ContentDisposition!.FileName, Does.EndWith(".xlsx"));
        var rows = await RowsAsync(all);
        Assert.That(rows, Has.Count.EqualTo(4));
        Assert.That(rows.Select(r => (string)r["Link"]!), Is.EqualTo(set.Public.Select(id => $"http://localhost/{set.Tenant.Slug}/recommendations/{id}")));
        Assert.That(rows[^1]["Recommendation text"], Is.EqualTo(OpenDataSet.CedawText));
        var french = await RowsAsync(noted);
        Assert.That(french, Has.Count.EqualTo(1));
        Assert.That(french[0]["R\u00e9f\u00e9rence"], Is.EqualTo($"{set.UprSymbol} para. 140.2"));
        using var empty = new MemoryStream(await none.Content.ReadAsByteArrayAsync());
        var emptyRows = MiniExcel.Query(empty, useHeaderRow: false, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>().ToList();
        Assert.That(emptyRows, Has.Count.EqualTo(1), "the header row stays when nothing matches");
        Assert.That(emptyRows[0].Values.Select(v => v as string), Is.EqualTo(rows[0].Keys));
    }

    [Test]
    public async Task Json_has_the_items_of_the_api_for_every_match()
    {
        var set = await OpenDataSet.CreateAsync();
        using var client = OpenDataClient.Create();

        var response = await client.GetAsync($"/{set.Tenant.Slug}/recommendations/export.json?mechanism=Upr");
        var items = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();
        var (_, api) = await client.GetJsonAsync($"{set.Api}?mechanism=Upr");

        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/json"));
        Assert.That(response.Content.Headers.ContentDisposition!.FileName, Does.EndWith(".json"));
        Assert.That(items.Select(i => (long)i!["id"]!), Is.EqualTo(new[] { set.Torture, set.Discrimination, set.Education }));
        Assert.That(items.ToJsonString(), Is.EqualTo(api["items"]!.ToJsonString()), "the same shape and content as the API");
    }

    [Test]
    public async Task Exports_are_not_paged()
    {
        var set = await OpenDataSet.CreateAsync();
        using var client = OpenDataClient.Create();

        var items = JsonNode.Parse(await client.GetStringAsync($"/{set.Tenant.Slug}/recommendations/export.json?page=2&pageSize=1"))!.AsArray();

        Assert.That(items, Has.Count.EqualTo(4));
    }

    [Test]
    public async Task A_bad_filter_is_a_400_problem()
    {
        var set = await OpenDataSet.CreateAsync();
        using var client = OpenDataClient.Create();

        var (response, json) = await client.GetJsonAsync($"/{set.Tenant.Slug}/recommendations/export.csv?year=abc");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(json["errors"]!.AsObject().Select(e => e.Key), Is.EqualTo(new[] { "year" }));
    }

    private static async Task<List<IDictionary<string, object?>>> RowsAsync(HttpResponseMessage response)
    {
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        return MiniExcel.Query(stream, useHeaderRow: true, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>().ToList();
    }
}
