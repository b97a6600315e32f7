using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Simore.Core.Data;
using Simore.Core.Localization;
using Simore.Core.Registry;
using Simore.Web.Infrastructure;

namespace Simore.Web.Features.Clusters;

/// <summary>The State's own thematic clusters: create, rename, order, merge.</summary>
[Route("{tenant}/admin/clusters")]
[Authorize(Policy = Policies.Administrator)]
public sealed class ClustersController(SimoreDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        ViewData["Institutions"] = await Institutions.InstitutionOption.ActiveAsync(db, cancellationToken);
        return View(await RowsAsync(cancellationToken));
    }

    /// <summary>Assigns every recommendation of the cluster (merged duplicates aside) to an institution.</summary>
    [HttpPost("{id:long}/assign")]
    public async Task<IActionResult> Assign(long id, Registry.AssignForm form, [FromServices] Simore.Core.Network.AssignmentService assignments, CancellationToken cancellationToken)
    {
        if (!await db.Clusters.AnyAsync(c => c.Id == id, cancellationToken))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            TempData["Error"] = string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage).Distinct());
            return RedirectToAction(nameof(Index), new { tenant = this.Tenant() });
        }

        var ids = await db.Recommendations.Where(r => r.ClusterId == id && r.MergedIntoId == null).Select(r => r.Id).ToListAsync(cancellationToken);
        var count = await assignments.AssignAsync(ids, form.InstitutionId!.Value, form.Role, form.Deadline, form.Priority, cancellationToken);
        if (count is null)
        {
            return NotFound();
        }

        TempData["Message"] = l["{0} recommendations updated.", count.Value].Value;
        return RedirectToAction(nameof(Index), new { tenant = this.Tenant() });
    }

    [HttpPost("")]
    public async Task<IActionResult> Create(ClusterForm form, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid && await db.Clusters.AnyAsync(c => c.Name == form.Name.Trim(), cancellationToken))
        {
            ModelState.AddModelError(nameof(form.Name), l["Another cluster already has this name."]);
        }

        if (!ModelState.IsValid)
        {
            ViewData["NewCluster"] = form;
            ViewData["Institutions"] = await Institutions.InstitutionOption.ActiveAsync(db, cancellationToken);
            return View(nameof(Index), await RowsAsync(cancellationToken));
        }

        var order = await db.Clusters.Select(c => (int?)c.SortOrder).MaxAsync(cancellationToken) ?? 0;
        db.Clusters.Add(new Cluster
        {
            Name = form.Name.Trim(),
            Description = Clean(form.Description),
            NameTranslations = Translations(form),
            SortOrder = order + 1,
            CreatedAt = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = l["The cluster was created."].Value;
        return RedirectToAction(nameof(Index), new { tenant = this.Tenant() });
    }

    [HttpGet("{id:long}/edit")]
    public async Task<IActionResult> Edit(long id, CancellationToken cancellationToken)
    {
        var cluster = await db.Clusters.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        return cluster is null ? NotFound() : View(new ClusterEditModel(id, new ClusterForm
        {
            Version = cluster.Version,
            Name = cluster.Name,
            Description = cluster.Description,
            NameTranslations = cluster.NameTranslations,
        }));
    }

    [HttpPost("{id:long}/edit")]
    public async Task<IActionResult> Edit(long id, ClusterForm form, CancellationToken cancellationToken)
    {
        var cluster = await db.Clusters.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (cluster is null)
        {
            return NotFound();
        }

        if (ModelState.IsValid && await db.Clusters.AnyAsync(c => c.Id != id && c.Name == form.Name.Trim(), cancellationToken))
        {
            ModelState.AddModelError(nameof(form.Name), l["Another cluster already has this name."]);
        }

        if (!ModelState.IsValid)
        {
            return View(new ClusterEditModel(id, form));
        }

        db.Entry(cluster).Property(c => c.Version).OriginalValue = form.Version;
        cluster.Name = form.Name.Trim();
        cluster.Description = Clean(form.Description);
        cluster.NameTranslations = Translations(form);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, l["Someone else changed this cluster while you were editing it. Reload the page to see their version."]);
            return View(new ClusterEditModel(id, form));
        }

        TempData["Message"] = l["The cluster was saved."].Value;
        return RedirectToAction(nameof(Index), new { tenant = this.Tenant() });
    }

    [HttpPost("{id:long}/move")]
    public async Task<IActionResult> Move(long id, int direction, CancellationToken cancellationToken)
    {
        var clusters = await db.Clusters.OrderBy(c => c.SortOrder).ThenBy(c => c.Name).ToListAsync(cancellationToken);
        var index = clusters.FindIndex(c => c.Id == id);
        if (index < 0)
        {
            return NotFound();
        }

        var target = index + Math.Sign(direction);
        if (target >= 0 && target < clusters.Count)
        {
            (clusters[index], clusters[target]) = (clusters[target], clusters[index]);
            for (var i = 0; i < clusters.Count; i++)
            {
                clusters[i].SortOrder = i + 1;
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        return RedirectToAction(nameof(Index), new { tenant = this.Tenant() });
    }

    /// <summary>Moves every recommendation of this cluster into another, then removes this one.</summary>
    [HttpPost("{id:long}/merge")]
    public async Task<IActionResult> Merge(long id, long intoId, CancellationToken cancellationToken)
    {
        var source = await db.Clusters.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        var target = await db.Clusters.FirstOrDefaultAsync(c => c.Id == intoId, cancellationToken);
        if (source is null || target is null || source.Id == target.Id)
        {
            return NotFound();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var members = await db.Recommendations.Where(r => r.ClusterId == id).ToListAsync(cancellationToken);
        members.ForEach(r => r.ClusterId = intoId);
        await db.SaveChangesAsync(cancellationToken);
        db.Clusters.Remove(source);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        TempData["Message"] = l["{0} recommendations moved to {1}.", members.Count, target.Name].Value;
        return RedirectToAction(nameof(Index), new { tenant = this.Tenant() });
    }

    private async Task<List<ClusterRow>> RowsAsync(CancellationToken cancellationToken)
    {
        var counts = await db.Recommendations.Where(r => r.MergedIntoId == null && r.ClusterId != null)
            .GroupBy(r => r.ClusterId!.Value).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var clusters = await db.Clusters.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Name).ToListAsync(cancellationToken);
        return clusters.Select(c => new ClusterRow(c.Id, c.NameIn(Shared.Names.Language), c.Description, c.SortOrder, counts.GetValueOrDefault(c.Id))).ToList();
    }

    private static Dictionary<string, string> Translations(ClusterForm form) =>
        form.NameTranslations.Where(p => Languages.IsSupported(p.Key) && !string.IsNullOrWhiteSpace(p.Value)).ToDictionary(p => p.Key, p => p.Value.Trim());

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

public sealed record ClusterEditModel(long Id, ClusterForm Form);
