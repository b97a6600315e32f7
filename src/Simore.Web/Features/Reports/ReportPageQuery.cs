using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Simore.Core.Data;
using Simore.Core.Localization;
using Simore.Core.Registry;
using Simore.Core.Reports;
using Simore.Core.Reports.Compose;
using Simore.Core.Reports.Model;
using Simore.Web.Features.Shared;

namespace Simore.Web.Features.Reports;

public sealed record ReportChoice(long Id, string Name);

public sealed record ReportRow(ReportRequest Request, string Options, bool CanRetry);

public sealed record ReportPageModel(
    ReportForm Form,
    IReadOnlyList<int> Cycles,
    IReadOnlyList<ReportChoice> Clusters,
    IReadOnlyList<ReportChoice> Institutions,
    IReadOnlyList<string> DefaultMethodology,
    IReadOnlyList<ReportRow> History,
    PagerModel Pager,
    ReportLabels Labels);

/// <summary>The report page: the choices of the form, the paragraphs the methodology would have, the history of drafts.</summary>
public sealed class ReportPageQuery(SimoreDbContext db, ReportBuilder builder, ReportRequests requests, IStringLocalizer<SharedResource> l)
{
    public const int PageSize = 25;

    public async Task<ReportPageModel> RunAsync(ReportForm form, int page, string tenant, CancellationToken cancellationToken)
    {
        var language = Names.Language;
        var cycles = await db.SourceDocuments.Where(d => d.Mechanism == Mechanism.Upr && d.Cycle != null)
            .Select(d => d.Cycle!.Value).Distinct().OrderByDescending(c => c).ToListAsync(cancellationToken);
        var clusters = (await db.Clusters.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Name).ToListAsync(cancellationToken))
            .Select(c => new ReportChoice(c.Id, c.NameIn(language))).ToList();
        var institutions = (await db.Institutions.AsNoTracking().Where(i => i.IsActive).ToListAsync(cancellationToken))
            .Select(i => new ReportChoice(i.Id, i.NameIn(language))).OrderBy(i => i.Name, StringComparer.Create(System.Globalization.CultureInfo.CurrentCulture, true)).ToList();
        var (state, network, lastReview) = await builder.NetworkAsync(new ReportOptions { Language = language }, cancellationToken);
        var methodology = Methodology.FromData(state, network, new ReportOptions { Language = language }, lastReview, new ReportText(language));

        var total = await db.ReportRequests.CountAsync(cancellationToken);
        var pager = new PagerModel(Math.Max(1, page), PageSize, total, $"/{tenant}/reports", QueryCollection.Empty);
        var history = await db.ReportRequests.AsNoTracking().OrderByDescending(r => r.RequestedAt).ThenByDescending(r => r.Id)
            .Skip((pager.Page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        var labels = new ReportLabels(l);
        var clusterNames = clusters.ToDictionary(c => c.Id, c => c.Name);
        var institutionNames = await db.Institutions.AsNoTracking().ToDictionaryAsync(i => i.Id, i => i.Name, cancellationToken);
        var rows = history.Select(r => new ReportRow(r, labels.Options(r.Kind, r.Options, clusterNames, institutionNames), requests.CanRetry(r))).ToList();
        return new ReportPageModel(form, cycles, clusters, institutions, methodology, rows, pager, labels);
    }

    public async Task<ReportRow?> RowAsync(long id, CancellationToken cancellationToken)
    {
        var request = await db.ReportRequests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (request is null)
        {
            return null;
        }

        var language = Names.Language;
        var clusters = (await db.Clusters.AsNoTracking().Where(c => request.Options.ClusterIds.Contains(c.Id)).ToListAsync(cancellationToken)).ToDictionary(c => c.Id, c => c.NameIn(language));
        var institutions = await db.Institutions.AsNoTracking().Where(i => i.Id == request.Options.InstitutionId).ToDictionaryAsync(i => i.Id, i => i.Name, cancellationToken);
        return new ReportRow(request, new ReportLabels(l).Options(request.Kind, request.Options, clusters, institutions), requests.CanRetry(request));
    }
}
