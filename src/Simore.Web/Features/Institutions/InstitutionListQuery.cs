using Microsoft.EntityFrameworkCore;
using Simore.Core.Data;
using Simore.Core.Identity;
using Simore.Core.Network;
using Simore.Web.Features.Shared;

namespace Simore.Web.Features.Institutions;

public sealed record InstitutionRow(long Id, string Name, string? Acronym, Branch Branch, bool IsActive, int Depth, int FocalPoints, int Validators, int Recommendations);

/// <summary>Every institution of the State under its parent, with the people and recommendations it has.</summary>
public sealed class InstitutionListQuery(SimoreDbContext db)
{
    public async Task<List<InstitutionRow>> LoadAsync(CancellationToken cancellationToken)
    {
        var institutions = await db.Institutions.AsNoTracking().ToListAsync(cancellationToken);
        var people = await db.Memberships.AsNoTracking()
            .Where(m => m.EndedAt == null && m.InstitutionId != null && m.User!.IsActive && (m.Role == Roles.FocalPoint || m.Role == Roles.Validator))
            .GroupBy(m => new { InstitutionId = m.InstitutionId!.Value, m.Role })
            .Select(g => new { g.Key.InstitutionId, g.Key.Role, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var assigned = await db.Assignments.AsNoTracking()
            .GroupBy(a => a.InstitutionId)
            .Select(g => new { g.Key, Count = g.Select(a => a.RecommendationId).Distinct().Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

        int Count(long id, string role) => people.Where(p => p.InstitutionId == id && p.Role == role).Sum(p => p.Count);

        return InstitutionTree.Ordered(institutions, i => i.Id, i => i.ParentId, i => i.NameIn(Names.Language))
            .Select(x => new InstitutionRow(
                x.Item.Id,
                x.Item.NameIn(Names.Language),
                x.Item.Acronym,
                x.Item.Branch,
                x.Item.IsActive,
                x.Depth,
                Count(x.Item.Id, Roles.FocalPoint),
                Count(x.Item.Id, Roles.Validator),
                assigned.GetValueOrDefault(x.Item.Id)))
            .ToList();
    }
}
