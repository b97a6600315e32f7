using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MimeKit.Utils;
using Simore.Core.Identity;
using Simore.Core.Localization;
using Simore.Core.Notifications;

namespace Simore.Web.Features.Account;

/// <summary>
/// Sends a password-reset link, as a background job given only the account's id. The token is made
/// here and goes straight to the mail server: it is never stored, so no outbox page (which tenant
/// administrators read) and no job argument ever shows a link that could take over the account.
/// </summary>
public sealed class PasswordResetMail(
    UserManager<User> users,
    IEmailSender sender,
    IOptions<EmailOptions> options,
    NotificationLinks links,
    IStringLocalizer<SharedResource> l,
    TimeProvider clock)
{
    public async Task RunAsync(Guid userId, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is not { IsActive: true, EmailConfirmed: true, PasswordHash: not null, Email: not null })
        {
            return;
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        var link = $"{links.BaseUrl}/account/reset-password?user={user.Id}&token={Uri.EscapeDataString(token)}";
        EmailMessage message;
        using (var culture = RecipientCulture.Use(user.PreferredLanguage))
        {
            var body = new StringBuilder()
                .AppendLine(l["Hello {0},", user.DisplayName])
                .AppendLine()
                .AppendLine(l["Someone asked to reset the password of your Simore account. Choose a new password with this link:"])
                .AppendLine(link)
                .AppendLine()
                .AppendLine(l["The link works once and expires in {0} hours.", PasswordResetTokenProvider.Lifetime.TotalHours.ToString(CultureInfo.CurrentCulture)])
                .AppendLine(l["If you did not ask for it, ignore this message: your password stays as it is."]);
            message = new EmailMessage
            {
                DedupKey = string.Empty,
                Kind = "password-reset",
                UserId = user.Id,
                To = user.Email,
                Language = culture.Language,
                Subject = l["Reset your Simore password"],
                Body = body.ToString(),
            };
        }

        var mail = MailComposer.Compose(message, options.Value, clock.GetUtcNow());
        mail.MessageId = MimeUtils.GenerateMessageId(mail.From.Mailboxes.First().Domain);
        await sender.SendAsync(mail, cancellationToken);
    }
}
