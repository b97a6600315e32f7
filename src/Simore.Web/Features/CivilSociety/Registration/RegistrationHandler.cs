using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Simore.Core.Data;
using Simore.Core.Identity;
using Simore.Core.Localization;
using Simore.Core.Notifications;
using Simore.Core.Tenancy;

namespace Simore.Web.Features.CivilSociety.Registration;

/// <summary>
/// Registers an organisation or a person for the State's public follow-up. The visitor learns
/// nothing about whether the address already has an account: they see the same page either way,
/// and what differs goes by e-mail to the address's owner (a confirmation link for a new account,
/// an invitation to sign in for an existing one).
/// </summary>
public sealed class RegistrationHandler(
    SimoreDbContext db,
    UserManager<User> users,
    MembershipService memberships,
    EmailOutbox outbox,
    NotificationLinks links,
    ITenantContext tenantContext,
    TimeProvider clock,
    IStringLocalizer<SharedResource> l)
{
    private Tenant State => tenantContext.Tenant ?? throw new InvalidOperationException("Registration happens inside a State.");

    /// <returns>The password policy's complaints; empty when the visitor can be told to read their e-mail.</returns>
    public async Task<IReadOnlyList<string>> RegisterAsync(RegisterForm form, string language, CancellationToken cancellationToken)
    {
        var email = form.Email.Trim();
        var candidate = new User { UserName = email, Email = email, DisplayName = form.DisplayName.Trim() };

        // The password is judged before the address is looked up, so its verdict cannot tell whether the address is known.
        var passwordErrors = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, candidate, form.Password);
            passwordErrors.AddRange(result.Errors.Select(e => e.Description));
        }

        if (passwordErrors.Count > 0)
        {
            return passwordErrors;
        }

        var existing = await users.FindByEmailAsync(email);
        if (existing is null)
        {
            var created = await CreateAsync(candidate, form, language, cancellationToken);
            if (created.Succeeded)
            {
                return [];
            }

            if (!created.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName)))
            {
                return created.Errors.Select(e => e.Description).ToList();
            }

            // Lost a race with another registration of the same address: answer as for an existing account.
            existing = await users.FindByEmailAsync(email);
        }

        // Costs what creating an account costs, so the answer's timing does not tell either.
        _ = users.PasswordHasher.HashPassword(candidate, form.Password);
        if (existing is { IsActive: true })
        {
            await WriteToExistingAsync(existing, cancellationToken);
        }

        return [];
    }

    /// <summary>Gives a signed-in account the civil-society role here; the organisation it names is updated when given.</summary>
    public async Task JoinAsync(User user, JoinForm form, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(form.Organisation) && form.Organisation.Trim() != user.Organisation)
        {
            user.Organisation = form.Organisation.Trim();
            await users.UpdateAsync(user);
        }

        await memberships.GrantAsync(user, Roles.CivilSociety, cancellationToken);
    }

    /// <summary>Confirms the address with the e-mailed code and makes sure the account takes part in this State.</summary>
    /// <returns>False when the link is not valid (wrong, expired, or the account is deactivated).</returns>
    public async Task<bool> ConfirmAsync(Guid userId, string? code, CancellationToken cancellationToken)
    {
        if (userId == Guid.Empty || string.IsNullOrEmpty(code)
            || await users.FindByIdAsync(userId.ToString()) is not { IsActive: true } user)
        {
            return false;
        }

        string token;
        try
        {
            token = System.Text.Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return false;
        }

        if (!(await users.ConfirmEmailAsync(user, token)).Succeeded)
        {
            return false;
        }

        // An ended membership stays ended: the administrator withdrew it.
        if (!await db.Memberships.AnyAsync(m => m.UserId == user.Id && m.Role == Roles.CivilSociety, cancellationToken))
        {
            await memberships.GrantAsync(user, Roles.CivilSociety, cancellationToken);
        }

        return true;
    }

    private async Task<IdentityResult> CreateAsync(User user, RegisterForm form, string language, CancellationToken cancellationToken)
    {
        user.Organisation = string.IsNullOrWhiteSpace(form.Organisation) ? null : form.Organisation.Trim();
        user.PreferredLanguage = language;
        user.EmailConfirmed = false;
        user.CreatedAt = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = await users.CreateAsync(user, form.Password);
        if (!created.Succeeded)
        {
            return created;
        }

        await memberships.GrantAsync(user, Roles.CivilSociety, cancellationToken);
        await SendConfirmationAsync(user, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return created;
    }

    /// <summary>An unconfirmed account gets its confirmation link again; a confirmed one is asked to sign in and join.</summary>
    private async Task WriteToExistingAsync(User user, CancellationToken cancellationToken)
    {
        if (!user.EmailConfirmed && await users.HasPasswordAsync(user))
        {
            await SendConfirmationAsync(user, cancellationToken);
            return;
        }

        var (subject, body) = CivilSocietyMessages.ExistingAccount(l, user.PreferredLanguage, user.DisplayName, State.Name, links.Registration(State.Slug, user.PreferredLanguage));
        await outbox.EnqueueAsync(HourlyKey("register-existing", user.Id), CivilSocietyMessages.RegistrationKind, user.Id, user.Email!, user.PreferredLanguage, subject, body, cancellationToken);
    }

    private async Task SendConfirmationAsync(User user, CancellationToken cancellationToken)
    {
        var token = await users.GenerateEmailConfirmationTokenAsync(user);
        var code = WebEncoders.Base64UrlEncode(System.Text.Encoding.UTF8.GetBytes(token));
        var link = links.Confirmation(State.Slug, user.Id, code, user.PreferredLanguage);
        var (subject, body) = CivilSocietyMessages.Confirmation(l, user.PreferredLanguage, user.DisplayName, State.Name, link);
        await outbox.EnqueueAsync(HourlyKey("register", user.Id), CivilSocietyMessages.RegistrationKind, user.Id, user.Email!, user.PreferredLanguage, subject, body, cancellationToken);
    }

    /// <summary>At most one such message an hour per account and State, however often the form is sent.</summary>
    private string HourlyKey(string what, Guid userId) =>
        string.Create(CultureInfo.InvariantCulture, $"{what}:{userId}:{clock.GetUtcNow():yyyy-MM-ddTHH}");
}
