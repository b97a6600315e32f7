using MimeKit;

namespace Simore.Core.Notifications;

/// <summary>Hands one composed message to the outside world; throws when it could not.</summary>
public interface IEmailSender
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
