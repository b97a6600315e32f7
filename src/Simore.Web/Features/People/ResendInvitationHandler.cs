using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Simore.Core.Data;
using Simore.Core.Identity;

namespace Simore.Web.Features.People;

public enum ResendOutcome
{
    Sent,
    NotFound,

    /// <summary>The person chose a password already, or the account is deactivated, or has no active role here.</summary>
    NotNeeded,
    AlreadySentToday,
}

/// <summary>
/// A new invitation link for someone who has not accepted theirs (links expire after a week). At
/// most one a day, so that a double click does not mail twice.
/// </summary>
public sealed class ResendInvitationHandler(SimoreDbContext db, UserManager<User> users, InviteHandler invitations, TimeProvider clock)
{
    public async Task<ResendOutcome> HandleAsync(Guid userId, CancellationToken cancellationToken)
    {
        var memberships = await db.Memberships.Where(m => m.UserId == userId).OrderByDescending(m => m.CreatedAt).ToListAsync(cancellationToken);
        if (memberships.Count == 0)
        {
            return ResendOutcome.NotFound;
        }

        var user = await users.FindByIdAsync(userId.ToString());
        var membership = memberships.FirstOrDefault(m => m.EndedAt is null);
        if (user is not { IsActive: true } || membership is null || await users.HasPasswordAsync(user))
        {
            return ResendOutcome.NotNeeded;
        }

        var day = clock.GetUtcNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var (_, queued) = await invitations.NotifyAsync(user, membership, $"invitation:{membership.Id}:{day}", cancellationToken);
        return queued ? ResendOutcome.Sent : ResendOutcome.AlreadySentToday;
    }
}
