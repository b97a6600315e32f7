using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Simore.Core.Auditing;
using Simore.Core.Data;
using Simore.Core.Localization;
using Simore.Core.Notifications;
using Simore.Core.Portal;
using Simore.Core.Tenancy;

namespace Simore.Web.Features.CivilSociety.Moderation;

public enum ModerationAction
{
    Approve = 1,
    Reject = 2,
    Hide = 3,
}

public enum ModerationOutcome
{
    Done = 1,
    NotFound = 2,
    ReasonRequired = 3,

    /// <summary>Someone changed the item since the moderator's page was loaded.</summary>
    Stale = 4,

    /// <summary>The action does not apply to the item's state (hiding a pending item, approving a rejected one).</summary>
    NotAllowed = 5,
}

/// <summary>
/// Approves, rejects or takes down a comment or an assessment, records who did it and when, and
/// writes to the author in their language. The moderator acts on the version they saw: if another
/// moderator got there first, nothing changes and they are told.
/// </summary>
public sealed class ModerationHandler(
    SimoreDbContext db,
    EmailOutbox outbox,
    NotificationLinks links,
    ITenantContext tenantContext,
    ICurrentUser currentUser,
    TimeProvider clock,
    IStringLocalizer<SharedResource> l)
{
    public const int MaxReasonLength = 1000;

    public async Task<ModerationOutcome> DecideAsync(ContributionKind kind, long id, ModerationAction action, uint version, string? reason, CancellationToken cancellationToken)
    {
        object? item = kind == ContributionKind.Comment
            ? await db.Comments.FirstOrDefaultAsync(c => c.Id == id, cancellationToken)
            : await db.Assessments.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (item is null)
        {
            return ModerationOutcome.NotFound;
        }

        // Comments and assessments carry the same moderation columns; EF's entry API reaches both alike.
        var entry = db.Entry(item);
        var current = (ModerationStatus)entry.Property(nameof(Comment.Status)).CurrentValue!;
        if ((uint)entry.Property(nameof(Comment.Version)).CurrentValue! != version)
        {
            return ModerationOutcome.Stale;
        }

        if (action == ModerationAction.Hide ? current != ModerationStatus.Approved : current != ModerationStatus.Pending)
        {
            return ModerationOutcome.NotAllowed;
        }

        if (action != ModerationAction.Approve && string.IsNullOrWhiteSpace(reason))
        {
            return ModerationOutcome.ReasonRequired;
        }

        var status = action switch
        {
            ModerationAction.Approve => ModerationStatus.Approved,
            ModerationAction.Reject => ModerationStatus.Rejected,
            _ => ModerationStatus.Hidden,
        };
        var trimmed = action == ModerationAction.Approve ? null : Clip(reason!.Trim(), MaxReasonLength);
        entry.Property(nameof(Comment.Version)).OriginalValue = version;
        entry.Property(nameof(Comment.Status)).CurrentValue = status;
        entry.Property(nameof(Comment.ModerationReason)).CurrentValue = trimmed;
        entry.Property(nameof(Comment.ModeratedBy)).CurrentValue = Clip(currentUser.Name, 200);
        entry.Property(nameof(Comment.ModeratedAt)).CurrentValue = clock.GetUtcNow();

        var ownTransaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                entry.State = EntityState.Detached;
                return ModerationOutcome.Stale;
            }

            var recommendationId = (long)entry.Property(nameof(Comment.RecommendationId)).CurrentValue!;
            var authorId = (Guid)entry.Property(nameof(Comment.AuthorId)).CurrentValue!;
            await NotifyAsync(new ContributionRef(kind, id, recommendationId, await ReferenceAsync(recommendationId, cancellationToken)), authorId, status, trimmed, cancellationToken);
            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            if (ownTransaction is not null)
            {
                await ownTransaction.DisposeAsync();
            }
        }

        return ModerationOutcome.Done;
    }

    private async Task NotifyAsync(ContributionRef contribution, Guid authorId, ModerationStatus status, string? reason, CancellationToken cancellationToken)
    {
        var author = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == authorId, cancellationToken);
        if (author is not { IsActive: true, Email: { Length: > 0 } email })
        {
            return;
        }

        var state = tenantContext.Tenant ?? throw new InvalidOperationException("Moderation happens inside a State.");
        var (subject, body) = CivilSocietyMessages.Moderation(
            l, author.PreferredLanguage, author.DisplayName, state.Name, contribution, status, reason,
            links.PublicRecommendation(state.Slug, contribution.RecommendationId),
            links.Contributions(state.Slug, author.PreferredLanguage));
        await outbox.EnqueueAsync(CivilSocietyMessages.ModerationKey(contribution, status), CivilSocietyMessages.ModerationKind, author.Id, email, author.PreferredLanguage, subject, body, cancellationToken);
    }

    private Task<string> ReferenceAsync(long recommendationId, CancellationToken cancellationToken) =>
        db.Recommendations.Where(r => r.Id == recommendationId).Select(r => r.Document!.Symbol + " " + r.Paragraph).FirstAsync(cancellationToken);

    private static string Clip(string value, int length) => value.Length > length ? value[..length] : value;
}
