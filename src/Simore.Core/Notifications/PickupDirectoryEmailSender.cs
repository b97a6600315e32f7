using System.Globalization;
using MimeKit;

namespace Simore.Core.Notifications;

/// <summary>
/// Writes each message as an .eml file into a folder, for machines without a mail server:
/// any mail client opens the files, and the messages page lists what was sent.
/// </summary>
public sealed class PickupDirectoryEmailSender(string directory) : IEmailSender
{
    public string Directory { get; } = directory;

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var name = FileName(message);
        var temporary = Path.Combine(Directory, name + ".tmp");
        // What an SMTP client does before sending: a transfer encoding that suits the content.
        message.Prepare(EncodingConstraint.EightBit);
        var options = FormatOptions.Default.Clone();
        options.NewLineFormat = NewLineFormat.Dos;

        // Written aside, then renamed: a program watching the folder never reads half a message.
        await using (var stream = File.Create(temporary))
        {
            await message.WriteToAsync(options, stream, cancellationToken);
        }

        File.Move(temporary, Path.Combine(Directory, name), overwrite: true);
    }

    private static string FileName(MimeMessage message)
    {
        var id = message.MessageId ?? Guid.NewGuid().ToString("N");
        var safe = string.Concat(id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '@' ? c : '_'));
        return string.Create(CultureInfo.InvariantCulture, $"{message.Date.UtcDateTime:yyyyMMdd-HHmmss}-{safe}.eml");
    }
}
