using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Simore.Core.Data;
using Simore.Core.Localization;
using Simore.Core.Tenancy;
using Simore.Web.Infrastructure;

namespace Simore.Web.Features.Platform;

/// <summary>The platform administrator creates and lists the States this deployment serves.</summary>
[Route("platform/tenants")]
[Authorize(Policy = Policies.PlatformAdministrator)]
public sealed class TenantsController(SimoreDbContext db, TenantService tenants, IStringLocalizer<SharedResource> l) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await db.Tenants.AsNoTracking().OrderBy(t => t.Name).ToListAsync(cancellationToken));

    [HttpGet("new")]
    public IActionResult Create() => View(new TenantForm());

    [HttpPost("new")]
    public async Task<IActionResult> Create(TenantForm form, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var slug = form.Slug.Trim().ToLowerInvariant();
            if (await db.Tenants.AnyAsync(t => t.Slug == slug, cancellationToken))
            {
                ModelState.AddModelError(nameof(form.Slug), l["Another State already uses this short name."]);
            }
            else if (form.HostName?.Trim().ToLowerInvariant() is { Length: > 0 } host
                && await db.Tenants.AnyAsync(t => t.HostName == host, cancellationToken))
            {
                ModelState.AddModelError(nameof(form.HostName), l["Another State already uses this host name."]);
            }
        }

        if (!ModelState.IsValid)
        {
            return View(form);
        }

        await tenants.CreateAsync(
            new CreateTenant(form.Slug, form.Name, form.CountryCode, form.DefaultLanguage, form.EnabledLanguages, form.HostName, form.LastReviewDate, form.NextReviewDate),
            cancellationToken);
        TempData["Message"] = l["The State {0} was created.", form.Name].Value;
        return RedirectToAction(nameof(Index));
    }
}
