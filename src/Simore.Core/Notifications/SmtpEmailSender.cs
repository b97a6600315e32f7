using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Simore.Core.Notifications;

/// <summary>
/// Sends through an SMTP server with MailKit. One connection serves a whole dispatch run (the
/// sender is scoped to the job); after a failure it is dropped and opened again for the next message.
/// </summary>
public sealed class SmtpEmailSender(IOptions<EmailOptions> options) : IEmailSender, IAsyncDisposable
{
    private readonly SmtpOptions _smtp = options.Value.Smtp;
    private SmtpClient? _client;

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var client = await ConnectedAsync(cancellationToken);
        try
        {
            await client.SendAsync(message, cancellationToken);
        }
        catch
        {
            // The session may be in any state after a failed exchange: start afresh next time.
            await DropAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync() => new(DropAsync());

    private async Task<SmtpClient> ConnectedAsync(CancellationToken cancellationToken)
    {
        if (_client is { IsConnected: true })
        {
            return _client;
        }

        await DropAsync();
        if (string.IsNullOrWhiteSpace(_smtp.Host))
        {
            throw new InvalidOperationException("Email:Smtp:Host is not set.");
        }

        var client = new SmtpClient { Timeout = (int)TimeSpan.FromSeconds(_smtp.TimeoutSeconds).TotalMilliseconds };
        try
        {
            await client.ConnectAsync(_smtp.Host, _smtp.Port, Security(_smtp), cancellationToken);
            if (!string.IsNullOrEmpty(_smtp.Username))
            {
                await client.AuthenticateAsync(_smtp.Username, _smtp.Password ?? string.Empty, cancellationToken);
            }
        }
        catch
        {
            client.Dispose();
            throw;
        }

        _client = client;
        return client;
    }

    private async Task DropAsync()
    {
        if (_client is null)
        {
            return;
        }

        try
        {
            if (_client.IsConnected)
            {
                await _client.DisconnectAsync(true, CancellationToken.None);
            }
        }
        catch (Exception e) when (e is IOException or SmtpProtocolException or SmtpCommandException or OperationCanceledException)
        {
            // Saying goodbye to a server that already went away is not an error worth reporting.
        }
        finally
        {
            _client.Dispose();
            _client = null;
        }
    }

    private static SecureSocketOptions Security(SmtpOptions smtp) =>
        smtp.UseStartTls ? SecureSocketOptions.StartTls
        : smtp.Port == 465 ? SecureSocketOptions.SslOnConnect
        : SecureSocketOptions.None;
}
