using Microsoft.EntityFrameworkCore;
using Simore.Core.Data;
using Simore.Core.Identity;

namespace Simore.Core.Notifications;

/// <summary>A person as a message needs them: address, name, language and what they chose to receive.</summary>
public sealed record Recipient(Guid UserId, string Email, string Name, string Language, DigestFrequency Frequency, bool RemindersOff);

/// <summary>One active role of a person in the current tenant (with the institution of a focal point or validator).</summary>
public sealed record RoleHolder(Recipient Person, string Role, long? InstitutionId);

internal static class Recipients
{
    /// <summary>Active accounts holding one of the roles through a membership that has not ended.</summary>
    public static async Task<List<RoleHolder>> WithRolesAsync(SimoreDbContext db, string[] roles, CancellationToken cancellationToken)
    {
        var rows = await db.Memberships.AsNoTracking()
            .Where(m => m.EndedAt == null && roles.Contains(m.Role) && m.User!.IsActive && m.User.Email != null)
            .Select(m => new
            {
                m.Role,
                m.InstitutionId,
                m.UserId,
                Email = m.User!.Email!,
                m.User.DisplayName,
                m.User.PreferredLanguage,
                m.User.DigestFrequency,
                m.User.OptionalRemindersOff,
            })
            .ToListAsync(cancellationToken);
        return rows
            .Select(r => new RoleHolder(
                new Recipient(r.UserId, r.Email, r.DisplayName, r.PreferredLanguage, r.DigestFrequency, r.OptionalRemindersOff),
                r.Role,
                r.InstitutionId))
            .ToList();
    }
}
