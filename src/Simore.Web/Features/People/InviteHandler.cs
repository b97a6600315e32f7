using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Simore.Core.Auditing;
using Simore.Core.Data;
using Simore.Core.Identity;
using Simore.Core.Localization;
using Simore.Core.Network;
using Simore.Core.Notifications;
using Simore.Core.Tenancy;

namespace Simore.Web.Features.People;

public enum InviteOutcome
{
    /// <summary>A new account (or one that never chose a password) got the role and a set-password link.</summary>
    Invited,

    /// <summary>An existing account got the role and a notification.</summary>
    RoleGiven,
    AlreadyHasRole,
    AccountDeactivated,
    UnknownInstitution,
    MainTaken,
    Failed,
}

public sealed record InviteResult(InviteOutcome Outcome, Guid? UserId, IReadOnlyList<string> Errors);

/// <summary>
/// Gives a person a role in the State and writes to them: a new account gets a link to choose its
/// password, an existing one a notification. The membership, the account and the message are
/// written together or not at all.
/// </summary>
public sealed class InviteHandler(
    SimoreDbContext db,
    UserManager<User> users,
    MembershipService memberships,
    EmailOutbox outbox,
    ITenantContext tenant,
    ICurrentUser currentUser,
    IStringLocalizer<SharedResource> l,
    LinkGenerator links,
    IHttpContextAccessor http)
{
    public async Task<InviteResult> HandleAsync(InviteForm form, CancellationToken cancellationToken)
    {
        var institutionId = InvitableRoles.NeedsInstitution(form.Role) ? form.InstitutionId : null;
        var isMain = form.Role == Roles.FocalPoint && form.IsMain;
        if (institutionId is { } id && !await db.Institutions.AnyAsync(i => i.Id == id && i.IsActive, cancellationToken))
        {
            return new(InviteOutcome.UnknownInstitution, null, []);
        }

        var existing = await users.FindByEmailAsync(form.Email.Trim());
        if (existing is { IsActive: false })
        {
            return new(InviteOutcome.AccountDeactivated, existing.Id, []);
        }

        if (existing is not null && await db.Memberships.AnyAsync(
            m => m.UserId == existing.Id && m.Role == form.Role && m.InstitutionId == institutionId && m.EndedAt == null, cancellationToken))
        {
            return new(InviteOutcome.AlreadyHasRole, existing.Id, []);
        }

        if (isMain && await MainTakenAsync(institutionId!.Value, cancellationToken))
        {
            return new(InviteOutcome.MainTaken, null, []);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (user, errors) = await FindOrCreateAsync(form.Email, form.DisplayName, form.Language);
        if (user is null)
        {
            return new(InviteOutcome.Failed, null, errors);
        }

        var invited = await GrantAndNotifyAsync(user, form.Role, institutionId, isMain, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new(invited ? InviteOutcome.Invited : InviteOutcome.RoleGiven, user.Id, []);
    }

    /// <summary>The account with this e-mail, or a new one without password whose e-mail is not confirmed yet.</summary>
    public Task<(User? User, IReadOnlyList<string> Errors)> FindOrCreateAsync(string email, string displayName, string language) =>
        memberships.EnsureUserAsync(email.Trim(), displayName.Trim(), password: null, language, emailConfirmed: false);

    public Task<bool> MainTakenAsync(long institutionId, CancellationToken cancellationToken) =>
        db.Memberships.AnyAsync(m => m.Role == Roles.FocalPoint && m.InstitutionId == institutionId && m.IsMain && m.EndedAt == null && m.User!.IsActive, cancellationToken);

    /// <summary>Grants the role and puts the message in the outbox; the caller owns the transaction.</summary>
    /// <returns>True when the message is an invitation to choose a password.</returns>
    public async Task<bool> GrantAndNotifyAsync(User user, string role, long? institutionId, bool isMain, CancellationToken cancellationToken)
    {
        var invitedBy = currentUser.Name.Length > 200 ? currentUser.Name[..200] : currentUser.Name;
        var membership = await memberships.GrantAsync(user, role, institutionId, isMain, invitedBy, cancellationToken);
        var (newAccount, _) = await NotifyAsync(user, membership, $"invitation:{membership.Id}", cancellationToken);
        return newAccount;
    }

    /// <summary>
    /// Writes to the person about a role: an account that never chose a password (new, or an
    /// earlier invitation not accepted) gets a link to choose one, any other a notification.
    /// </summary>
    /// <returns>Whether the message is an invitation, and whether it was queued (false: the key was already used).</returns>
    public async Task<(bool Invitation, bool Queued)> NotifyAsync(User user, Membership membership, string dedupKey, CancellationToken cancellationToken)
    {
        var state = tenant.Tenant ?? throw new InvalidOperationException("An invitation is sent from inside a State.");
        var context = http.HttpContext ?? throw new InvalidOperationException("An invitation is sent from a request.");
        var invitation = !await users.HasPasswordAsync(user);
        var link = invitation
            ? links.GetUriByAction(context, "Accept", "Invitation", new
            {
                tenant = state.Slug,
                user = user.Id,
                token = await users.GenerateUserTokenAsync(user, InvitationTokenProvider.ProviderName, InvitationTokenProvider.Purpose),
                culture = user.PreferredLanguage,
            })
            : links.GetUriByAction(context, "Login", "Account", new { returnUrl = "/" + state.Slug, culture = user.PreferredLanguage });

        var institution = membership.InstitutionId is { } id ? await db.Institutions.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken) : null;
        var facts = new InvitationFacts(user.DisplayName, state.Name, membership.Role, institution, membership.IsMain, link!, invitation);
        var (subject, body) = InvitationMessage.Compose(l, user.PreferredLanguage, facts);
        var queued = await outbox.EnqueueAsync(dedupKey, "Invitation", user.Id, user.Email!, user.PreferredLanguage, subject, body, cancellationToken);
        return (invitation, queued);
    }
}
