using System.Globalization;
using System.Text;
using MimeKit;

namespace Simore.Core.Notifications;

/// <summary>Turns an outbox row into an RFC 5322 message: plain text in UTF-8.</summary>
public static class MailComposer
{
    public static MimeMessage Compose(EmailMessage message, EmailOptions options, DateTimeOffset date)
    {
        var from = MailboxAddress.Parse(options.From);
        var mail = new MimeMessage
        {
            Subject = message.Subject,
            Date = date,
            MessageId = MessageId(message, from),
        };
        mail.From.Add(from);
        mail.To.Add(MailboxAddress.Parse(message.To));

        // Marks the mail as automatic (RFC 3834), so that out-of-office replies are not sent back.
        mail.Headers.Add("Auto-Submitted", "auto-generated");
        mail.Headers.Add(HeaderId.ContentLanguage, message.Language);

        var body = new TextPart(MimeKit.Text.TextFormat.Plain);
        body.SetText(Encoding.UTF8, message.Body);
        mail.Body = body;
        return mail;
    }

    /// <summary>Stable for a row, so that a receiving server can recognise a message it already has.</summary>
    public static string MessageId(EmailMessage message, MailboxAddress from)
    {
        var at = from.Address.LastIndexOf('@');
        var domain = at >= 0 && at < from.Address.Length - 1 ? from.Address[(at + 1)..] : "localhost";
        return string.Create(CultureInfo.InvariantCulture, $"simore.{message.TenantId}.{message.Id}@{domain}");
    }
}
