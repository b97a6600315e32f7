using Microsoft.EntityFrameworkCore;
using Simore.Core.Data;
using Simore.Web.Features.Shared;

namespace Simore.Web.Features.Institutions;

/// <summary>An institution in a picker, indented under its parent.</summary>
public sealed record InstitutionOption(long Id, string Name, int Depth, bool IsActive)
{
    public string Indented => new string('\u00A0', Depth * 3) + Name;

    public static async Task<List<InstitutionOption>> ListAsync(SimoreDbContext db, CancellationToken cancellationToken)
    {
        var all = await db.Institutions.AsNoTracking().ToListAsync(cancellationToken);
        return InstitutionTree.Ordered(all, i => i.Id, i => i.ParentId, i => i.NameIn(Names.Language))
            .Select(x => new InstitutionOption(x.Item.Id, x.Item.NameIn(Names.Language), x.Depth, x.Item.IsActive))
            .ToList();
    }

    /// <summary>The institutions that can be given work: the active ones.</summary>
    public static async Task<List<InstitutionOption>> ActiveAsync(SimoreDbContext db, CancellationToken cancellationToken) =>
        (await ListAsync(db, cancellationToken)).Where(i => i.IsActive).ToList();
}
