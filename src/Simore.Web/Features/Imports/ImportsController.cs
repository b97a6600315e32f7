using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;
using Simore.Core.Data;
using Simore.Core.Importing;
using Simore.Core.Importing.Sheet;
using Simore.Core.Localization;
using Simore.Core.Registry;
using Simore.Core.Registry.Reference;
using Simore.Web.Infrastructure;

namespace Simore.Web.Features.Imports;

/// <summary>Imports in two steps: upload and preview (nothing written), then confirm (all or nothing).</summary>
[Route("{tenant}/admin/imports")]
[Authorize(Policy = Policies.Administrator)]
public sealed class ImportsController(ImportService imports, SimoreDbContext db, IStringLocalizer<SharedResource> l) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await db.ImportBatches.AsNoTracking().OrderByDescending(b => b.CreatedAt).Take(50).ToListAsync(cancellationToken));

    [HttpPost("")]
    [RequestSizeLimit(ImportService.MaxBytes + (5 * 1024 * 1024))]
    [RequestFormLimits(MultipartBodyLengthLimit = ImportService.MaxBytes + (5 * 1024 * 1024))]
    public async Task<IActionResult> Upload(UploadForm form, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            TempData["Error"] = string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage).Distinct());
            return RedirectToAction(nameof(Index), new { tenant = this.Tenant() });
        }

        using var buffer = new MemoryStream();
        await form.File!.CopyToAsync(buffer, cancellationToken);
        var defaults = string.IsNullOrWhiteSpace(form.DocumentSymbol) && form.Cycle is null && form.Session is null
            ? null
            : new DocumentReference(form.DocumentSymbol?.Trim() ?? string.Empty, Mechanism.Upr, "UPR", form.Cycle, form.Session, null, null, null);
        var request = new ImportRequest(form.File.FileName, buffer.ToArray(), string.IsNullOrEmpty(form.Format) ? null : form.Format, new ReadOptions(Defaults: defaults), form.ClustersFromHeadings);
        var preview = await imports.PreviewAsync(request, keep: true, cancellationToken);
        return preview.Batch.Status == ImportStatus.NeedsMapping
            ? RedirectToAction(nameof(Mapping), new { tenant = this.Tenant(), id = preview.Batch.Id })
            : RedirectToAction(nameof(Preview), new { tenant = this.Tenant(), id = preview.Batch.Id });
    }

    [HttpGet("{id:long}")]
    public async Task<IActionResult> Preview(long id, string? show, CancellationToken cancellationToken)
    {
        var preview = await imports.ReviewAsync(id, cancellationToken);
        return preview is null ? NotFound() : View(new PreviewModel(preview, show));
    }

    [HttpGet("{id:long}/mapping")]
    public async Task<IActionResult> Mapping(long id, CancellationToken cancellationToken)
    {
        var batch = await db.ImportBatches.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id && b.Content != null, cancellationToken);
        if (batch is null || batch.Format != ImportService.SheetFormat)
        {
            return NotFound();
        }

        var headers = GenericSheetReader.ReadHeaders(new MemoryStream(batch.Content!), batch.FileName);
        var guessed = GenericSheetReader.GuessColumns(headers);
        var problems = batch.Problems is null ? [] : JsonSerializer.Deserialize<List<ImportProblem>>(batch.Problems) ?? [];
        return View(new MappingModel(id, batch.FileName, headers, new MappingForm { Columns = guessed.ToDictionary(p => p.Key, p => p.Value), ExtractFromText = true, BodyCode = "UPR" }, problems));
    }

    [HttpPost("{id:long}/mapping")]
    public async Task<IActionResult> Mapping(long id, MappingForm form, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            var batch = await db.ImportBatches.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id && b.Content != null, cancellationToken);
            if (batch is null)
            {
                return NotFound();
            }

            var headers = GenericSheetReader.ReadHeaders(new MemoryStream(batch.Content!), batch.FileName);
            return View(new MappingModel(id, batch.FileName, headers, form, []));
        }

        var body = Taxonomy.Instance.BodiesByCode.GetValueOrDefault(form.BodyCode ?? "UPR") ?? Taxonomy.Instance.BodiesByCode["UPR"];
        var defaults = new DocumentReference(form.DocumentSymbol?.Trim() ?? string.Empty, body.Mechanism, body.Code, form.Cycle, form.Session, form.PublishedOn, null, string.IsNullOrWhiteSpace(form.Mandate) ? null : form.Mandate.Trim());
        var columns = form.Columns.Where(c => !string.IsNullOrWhiteSpace(c.Value)).ToDictionary(c => c.Key, c => c.Value);
        var preview = await imports.MapAsync(id, new ReadOptions(columns, defaults, form.ExtractFromText), cancellationToken);
        if (preview is null)
        {
            return NotFound();
        }

        return preview.Plan.Problems.Count > 0
            ? RedirectToAction(nameof(Mapping), new { tenant = this.Tenant(), id })
            : RedirectToAction(nameof(Preview), new { tenant = this.Tenant(), id });
    }

    [HttpPost("{id:long}/commit")]
    public async Task<IActionResult> Commit(long id, CancellationToken cancellationToken)
    {
        var result = await imports.CommitAsync(id, cancellationToken);
        if (result is null)
        {
            return NotFound();
        }

        if (result.Batch.Status == ImportStatus.Committed)
        {
            TempData["Message"] = l["Imported: {0} created, {1} updated, {2} unchanged.", result.Batch.Created, result.Batch.Updated, result.Batch.Unchanged].Value;
        }
        else
        {
            TempData["Error"] = l["Nothing was imported: the file has problems."].Value;
        }

        return RedirectToAction(nameof(Preview), new { tenant = this.Tenant(), id });
    }

    [HttpPost("{id:long}/discard")]
    public async Task<IActionResult> Discard(long id, CancellationToken cancellationToken)
    {
        return await imports.DiscardAsync(id, cancellationToken)
            ? RedirectToAction(nameof(Index), new { tenant = this.Tenant() })
            : NotFound();
    }

    /// <summary>The rows' problems as a spreadsheet, in the user's language.</summary>
    [HttpGet("{id:long}/problems.xlsx")]
    public async Task<IActionResult> Problems(long id, CancellationToken cancellationToken)
    {
        var preview = await imports.ReviewAsync(id, cancellationToken);
        if (preview is null)
        {
            return NotFound();
        }

        var rows = preview.Plan.Problems.Concat(preview.Plan.Warnings).Select(p => new Dictionary<string, object?>
        {
            [l["Row"]] = p.Row == 0 ? null : p.Row,
            [l["Column"]] = p.Column,
            [l["Problem"]] = p.Format(key => l[key]),
        }).ToList();
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(rows, cancellationToken: cancellationToken);
        return File(stream.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"import-{id}-problems.xlsx");
    }
}
