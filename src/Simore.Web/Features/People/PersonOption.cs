using Microsoft.EntityFrameworkCore;
using Simore.Core.Data;

namespace Simore.Web.Features.People;

/// <summary>A person of the State (an active account with an active role here) in a picker.</summary>
public sealed record PersonOption(Guid Id, string Name, string Email)
{
    public static async Task<List<PersonOption>> ListAsync(SimoreDbContext db, CancellationToken cancellationToken)
    {
        var people = await db.Memberships.AsNoTracking()
            .Where(m => m.EndedAt == null && m.User!.IsActive)
            .Select(m => new { m.UserId, m.User!.DisplayName, m.User.Email })
            .Distinct()
            .ToListAsync(cancellationToken);
        return people.Select(p => new PersonOption(p.UserId, p.DisplayName, p.Email ?? string.Empty))
            .OrderBy(p => p.Name, StringComparer.Create(System.Globalization.CultureInfo.CurrentUICulture, true))
            .ToList();
    }
}
