using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Simore.Core.Localization;

namespace Simore.Web.Infrastructure;

/// <summary>Identity's account and password messages in the user's language.</summary>
public sealed class LocalizedIdentityErrors(IStringLocalizer<SharedResource> l) : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), l["Something went wrong"]);

    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), l["Someone else changed this account at the same time. Please try again."]);

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), l["The password is not correct."]);

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), l["This link is not valid or has expired."]);

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), l["Enter a valid e-mail address."]);

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), l["Enter a valid e-mail address."]);

    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), l["An account with this e-mail address already exists."]);

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), l["An account with this e-mail address already exists."]);

    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), l["The password must have at least {0} characters.", length]);

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), l["The password must use at least {0} different characters.", uniqueChars]);

    public override IdentityError UserLockoutNotEnabled() => Error(nameof(UserLockoutNotEnabled), l["Something went wrong"]);

    public override IdentityError RecoveryCodeRedemptionFailed() => Error(nameof(RecoveryCodeRedemptionFailed), l["The code is not correct or has expired."]);

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
