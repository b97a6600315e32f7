using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Simore.Core.Data;
using Simore.Core.Tenancy;

namespace Simore.Core.Identity;

/// <summary>Creates accounts and gives them roles in the current tenant.</summary>
public sealed class MembershipService(SimoreDbContext db, UserManager<User> users, ITenantContext tenant, TimeProvider clock)
{
    /// <summary>The account with this e-mail, created when missing. Returns errors instead of throwing.</summary>
    public async Task<(User? User, IReadOnlyList<string> Errors)> EnsureUserAsync(
        string email, string displayName, string? password, string language = "en", bool emailConfirmed = true)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is not null)
        {
            return (user, []);
        }

        user = new User
        {
            UserName = email,
            Email = email,
            DisplayName = displayName,
            PreferredLanguage = language,
            EmailConfirmed = emailConfirmed,
            CreatedAt = clock.GetUtcNow(),
        };
        var result = password is null ? await users.CreateAsync(user) : await users.CreateAsync(user, password);
        return result.Succeeded ? (user, []) : (null, result.Errors.Select(e => e.Description).ToList());
    }

    /// <summary>Gives the role in the current tenant (for an institution); does nothing when the user already has it.</summary>
    public async Task GrantAsync(User user, string role, CancellationToken cancellationToken = default) =>
        await GrantAsync(user, role, null, false, null, cancellationToken);

    public async Task<Membership> GrantAsync(User user, string role, long? institutionId, bool isMain, string? invitedBy, CancellationToken cancellationToken = default)
    {
        if (!Roles.IsTenantRole(role))
        {
            throw new ArgumentException($"'{role}' is not a tenant role.", nameof(role));
        }

        if (tenant.TenantId is null)
        {
            throw new InvalidOperationException("A role can only be granted inside a tenant.");
        }

        var existing = await db.Memberships.FirstOrDefaultAsync(
            m => m.UserId == user.Id && m.Role == role && m.InstitutionId == institutionId && m.EndedAt == null, cancellationToken);
        if (existing is not null)
        {
            return existing;
        }

        var membership = new Membership
        {
            UserId = user.Id,
            Role = role,
            InstitutionId = institutionId,
            IsMain = isMain,
            InvitedBy = invitedBy,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Memberships.Add(membership);
        await db.SaveChangesAsync(cancellationToken);
        return membership;
    }

    public async Task<IReadOnlyList<string>> RolesInCurrentTenantAsync(Guid userId, CancellationToken cancellationToken = default) =>
        tenant.TenantId is null
            ? []
            : await db.Memberships.Where(m => m.UserId == userId && m.EndedAt == null).Select(m => m.Role).ToListAsync(cancellationToken);
}
