using Microsoft.EntityFrameworkCore;
using Simore.Core.Data;
using Simore.Core.Identity;
using Simore.Web.Features.Shared;

namespace Simore.Web.Features.People;

public sealed record PersonRole(long MembershipId, string Role, string? Institution, bool IsMain, DateTimeOffset Since, string? InvitedBy, DateTimeOffset? EndedAt, bool CanHandOver);

/// <param name="IsActive">The person holds a role in this State (and the account is not disabled on the platform).</param>
public sealed record PersonModel(Guid Id, string DisplayName, string Email, string Language, bool IsActive, bool PasswordChosen, IReadOnlyList<PersonRole> Roles, IReadOnlyList<string> WorkingGroups);

/// <summary>One person as this State knows them: only people who hold or held a role here.</summary>
public sealed class PersonQuery(SimoreDbContext db)
{
    public async Task<PersonModel?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var memberships = await db.Memberships.AsNoTracking().Include(m => m.Institution)
            .Where(m => m.UserId == id)
            .OrderBy(m => m.EndedAt != null).ThenByDescending(m => m.CreatedAt)
            .ToListAsync(cancellationToken);
        if (memberships.Count == 0)
        {
            return null;
        }

        var user = await db.Users.AsNoTracking().FirstAsync(u => u.Id == id, cancellationToken);
        var groups = await db.WorkingGroups.AsNoTracking().Where(g => g.Members.Any(m => m.UserId == id))
            .OrderBy(g => g.Name).Select(g => g.Name).ToListAsync(cancellationToken);
        return new PersonModel(
            user.Id, user.DisplayName, user.Email ?? string.Empty, user.PreferredLanguage, user.IsActive && memberships.Any(m => m.EndedAt is null), user.PasswordHash is not null,
            memberships.Select(m => new PersonRole(m.Id, m.Role, m.Institution?.NameIn(Names.Language), m.IsMain, m.CreatedAt, m.InvitedBy, m.EndedAt,
                HandOverHandler.CanHandOver(m))).ToList(),
            groups);
    }
}
