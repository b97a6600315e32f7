using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Simore.Core.Data;
using Simore.Core.Identity;

namespace Simore.Web.Features.People;

public enum HandOverOutcome
{
    Done,
    NotFound,
    UnknownSuccessor,
    SameSuccessor,
    SuccessorDeactivated,
    Failed,
}

public sealed record HandOverResult(HandOverOutcome Outcome, Guid? SuccessorId, IReadOnlyList<string> Errors);

/// <summary>
/// Passes a focal point's or validator's role to a successor: the old membership ends, the successor
/// gets the same role, institution and main/alternate standing. Follow-up entries belong to the
/// institution, so nothing else moves; the two membership rows are the record of the hand-over.
/// </summary>
public sealed class HandOverHandler(SimoreDbContext db, UserManager<User> users, InviteHandler invitations, TimeProvider clock)
{
    public static bool CanHandOver(Membership membership) =>
        membership.EndedAt is null && membership.InstitutionId is not null && membership.Role is Roles.FocalPoint or Roles.Validator;

    public async Task<HandOverResult> HandleAsync(long membershipId, HandOverForm form, CancellationToken cancellationToken)
    {
        var old = await db.Memberships.FirstOrDefaultAsync(m => m.Id == membershipId, cancellationToken);
        if (old is null || !CanHandOver(old))
        {
            return new(HandOverOutcome.NotFound, null, []);
        }

        User? successor = null;
        if (form.SuccessorId is { } successorId)
        {
            // Accounts are global: only someone who already has an active role here can be chosen.
            if (await db.Memberships.AnyAsync(m => m.UserId == successorId && m.EndedAt == null, cancellationToken))
            {
                successor = await users.FindByIdAsync(successorId.ToString());
            }

            if (successor is null)
            {
                return new(HandOverOutcome.UnknownSuccessor, null, []);
            }
        }
        else if (await users.FindByEmailAsync(form.Email!.Trim()) is { } known)
        {
            successor = known;
        }

        if (successor is not null && successor.Id == old.UserId)
        {
            return new(HandOverOutcome.SameSuccessor, null, []);
        }

        if (successor is { IsActive: false })
        {
            return new(HandOverOutcome.SuccessorDeactivated, successor.Id, []);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (successor is null)
        {
            var (created, errors) = await invitations.FindOrCreateAsync(form.Email!, form.DisplayName ?? string.Empty, form.Language);
            if (created is null)
            {
                return new(HandOverOutcome.Failed, null, errors);
            }

            successor = created;
        }

        // End first: the successor's new row must not meet the old one's main standing twice.
        old.EndedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        await invitations.GrantAndNotifyAsync(successor, old.Role, old.InstitutionId, old.IsMain, cancellationToken);

        // When the successor already held this very role, GrantAsync kept their row: give it the standing.
        var current = await db.Memberships.FirstAsync(
            m => m.UserId == successor.Id && m.Role == old.Role && m.InstitutionId == old.InstitutionId && m.EndedAt == null, cancellationToken);
        current.IsMain = old.IsMain;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new(HandOverOutcome.Done, successor.Id, []);
    }
}
