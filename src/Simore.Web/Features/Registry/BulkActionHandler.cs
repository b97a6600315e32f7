using Microsoft.EntityFrameworkCore;
using Simore.Core.Data;
using Simore.Core.Registry;
using Simore.Core.Registry.Curation;

namespace Simore.Web.Features.Registry;

/// <summary>Applies a bulk action. Ids of other tenants are simply not found (filter and row-level security).</summary>
public sealed class BulkActionHandler(SimoreDbContext db, RecommendationCuration curation, Simore.Core.Network.AssignmentService assignments)
{
    /// <returns>How many recommendations were changed, or null when a referenced cluster does not exist.</returns>
    public async Task<int?> HandleAsync(BulkActionForm form, CancellationToken cancellationToken)
    {
        var recommendations = await db.Recommendations
            .Where(r => form.Ids.Contains(r.Id))
            .Include(r => r.Themes).Include(r => r.Groups).Include(r => r.SdgGoals)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var ordered = form.Ids.Distinct().Select(id => recommendations.FirstOrDefault(r => r.Id == id)).OfType<Recommendation>().ToList();
        switch (form.Action)
        {
            case BulkActionKind.Assign:
                return await assignments.AssignAsync(ordered.Select(r => r.Id).ToList(), form.InstitutionId!.Value, form.AssignmentRole, form.Deadline, form.Priority, cancellationToken);
            case BulkActionKind.AssignCluster:
                if (!await db.Clusters.AnyAsync(c => c.Id == form.ClusterId, cancellationToken))
                {
                    return null;
                }

                ordered.ForEach(r => r.ClusterId = form.ClusterId);
                break;
            case BulkActionKind.AddTheme:
                foreach (var r in ordered.Where(r => r.Themes.All(t => t.ThemeCode != form.ThemeCode)))
                {
                    r.Themes.Add(new RecommendationTheme { ThemeCode = form.ThemeCode!, Origin = TagOrigin.Manual });
                }

                break;
            case BulkActionKind.AddGroup:
                foreach (var r in ordered.Where(r => r.Groups.All(g => g.GroupCode != form.GroupCode)))
                {
                    r.Groups.Add(new RecommendationGroup { GroupCode = form.GroupCode!, Origin = TagOrigin.Manual });
                }

                break;
            case BulkActionKind.AddSdg:
                foreach (var r in ordered.Where(r => r.SdgGoals.All(g => g.Goal != form.Goal)))
                {
                    r.SdgGoals.Add(new RecommendationSdgGoal { Goal = form.Goal!.Value, Origin = TagOrigin.Manual });
                }

                break;
            case BulkActionKind.SetPosition:
                ordered.ForEach(r => curation.SetPosition(r, form.Position!.Value, form.PositionSource, null, null));
                break;
            case BulkActionKind.LinkRelated:
                for (var i = 0; i < ordered.Count; i++)
                {
                    for (var j = i + 1; j < ordered.Count; j++)
                    {
                        await curation.LinkAsync(ordered[i].Id, ordered[j].Id, LinkKind.Related, cancellationToken);
                    }
                }

                break;
            case BulkActionKind.MergeIntoFirst:
                var canonical = ordered.FirstOrDefault(r => r.MergedIntoId is null);
                if (canonical is null)
                {
                    return 0;
                }

                foreach (var duplicate in ordered.Where(r => r.Id != canonical.Id))
                {
                    await curation.MergeAsync(duplicate, canonical, cancellationToken);
                }

                break;
        }

        await db.SaveChangesAsync(cancellationToken);
        return ordered.Count;
    }
}
