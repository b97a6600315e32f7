using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Simore.Core.Data;
using Simore.Core.FollowUp.Storage;
using Simore.Core.Localization;
using Simore.Core.Reports;
using Simore.Core.Reports.Html;
using Simore.Web.Features.Shared;
using Simore.Web.Infrastructure;

namespace Simore.Web.Features.Reports;

/// <summary>
/// Report drafts for the tenant's drafters and administrators: ask for a draft, follow its progress,
/// download it, retry it when it failed, preview it in the browser. Another tenant's request is not found.
/// </summary>
[Route("{tenant}/reports")]
[Authorize(Policy = Policies.ReportDrafter)]
public sealed class ReportsController(
    SimoreDbContext db, ReportPageQuery pages, ReportRequests requests, ReportGenerator generator, IFileStorage storage, IStringLocalizer<SharedResource> l) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int page = 1, CancellationToken cancellationToken = default) =>
        View(await pages.RunAsync(new ReportForm { Language = Names.Language }, page, this.Tenant(), cancellationToken));

    [HttpPost("")]
    public async Task<IActionResult> Create(ReportForm form, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(nameof(Index), await pages.RunAsync(form, 1, this.Tenant(), cancellationToken));
        }

        var request = await requests.CreateAsync(form.Kind, form.Format, form.ToOptions(), cancellationToken);
        return RedirectToAction(nameof(Details), new { tenant = this.Tenant(), id = request.Id });
    }

    /// <summary>The draft as the form would make it now, in a new tab, before asking for the file.</summary>
    [HttpPost("preview")]
    public async Task<IActionResult> PreviewForm(ReportForm form, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(nameof(Index), await pages.RunAsync(form, 1, this.Tenant(), cancellationToken));
        }

        return await PreviewAsync(form.Kind, form.ToOptions(), Url.Action(nameof(Index), new { tenant = this.Tenant() })!, cancellationToken);
    }

    [HttpGet("{id:long}")]
    public async Task<IActionResult> Details(long id, CancellationToken cancellationToken)
    {
        var row = await pages.RowAsync(id, cancellationToken);
        return row is null ? NotFound() : View(new ReportDetailsModel(row, new ReportLabels(l)));
    }

    /// <summary>Polled by the details page while the draft is being made.</summary>
    [HttpGet("{id:long}/status")]
    public async Task<IActionResult> Status(long id, CancellationToken cancellationToken)
    {
        var request = await db.ReportRequests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (request is null)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "no-store";
        return Json(new
        {
            state = request.State.ToString(),
            label = new ReportLabels(l).State(request.State),
            progress = request.Progress,
            done = request.State is ReportState.Succeeded or ReportState.Failed,
        });
    }

    [HttpGet("{id:long}/download")]
    public async Task<IActionResult> Download(long id, CancellationToken cancellationToken)
    {
        var request = await db.ReportRequests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id && r.State == ReportState.Succeeded, cancellationToken);
        if (request?.FileKey is null || await storage.OpenReadAsync(request.FileKey, cancellationToken) is not { } content)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "private, no-store";
        return File(content, ReportFormats.ContentType(request.Format), request.FileName);
    }

    [HttpPost("{id:long}/retry")]
    public async Task<IActionResult> Retry(long id, CancellationToken cancellationToken)
    {
        if (!await db.ReportRequests.AnyAsync(r => r.Id == id, cancellationToken))
        {
            return NotFound();
        }

        if (!await requests.RetryAsync(id, cancellationToken))
        {
            TempData["Error"] = l["This draft cannot be made again: it is being made or is ready."].Value;
        }

        return RedirectToAction(nameof(Details), new { tenant = this.Tenant(), id });
    }

    /// <summary>A request's draft in the browser, with the data as they are now.</summary>
    [HttpGet("{id:long}/preview")]
    public async Task<IActionResult> Preview(long id, CancellationToken cancellationToken)
    {
        var request = await db.ReportRequests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        return request is null
            ? NotFound()
            : await PreviewAsync(request.Kind, request.Options, Url.Action(nameof(Details), new { tenant = this.Tenant(), id })!, cancellationToken);
    }

    /// <summary>The report stylesheet, for the preview (its content security policy forbids inline styles).</summary>
    [HttpGet("report.css")]
    [ResponseCache(Duration = 3600, Location = ResponseCacheLocation.Client)]
    public IActionResult Stylesheet() => Content(HtmlReportWriter.Stylesheet, "text/css; charset=utf-8");

    private async Task<IActionResult> PreviewAsync(ReportKind kind, ReportOptions options, string back, CancellationToken cancellationToken)
    {
        try
        {
            var html = await generator.PreviewAsync(kind, options, new HtmlOutput
            {
                StylesheetHref = Url.Action(nameof(Stylesheet), new { tenant = this.Tenant() }),
                Banner = new PreviewBanner(l["Preview with the data as they are now. Page numbers appear in the PDF."], back, l["Back to the report drafts"]),
            }, cancellationToken);
            Response.Headers.CacheControl = "private, no-store";
            return Content(html, "text/html; charset=utf-8");
        }
        catch (Simore.Core.Reports.Model.ReportInputException e)
        {
            TempData["Error"] = l[e.Reason].Value;
            return Redirect(back);
        }
    }
}

public sealed record ReportDetailsModel(ReportRow Row, ReportLabels Labels);
