using Microsoft.Extensions.Options;

namespace Simore.Core.Notifications;

/// <summary>
/// Checked when a web or worker process starts, so that a mistake in the e-mail settings stops it
/// with a clear message rather than leaving messages to fail one by one in the outbox.
/// </summary>
public sealed class EmailOptionsValidation : IValidateOptions<EmailOptions>
{
    public ValidateOptionsResult Validate(string? name, EmailOptions options)
    {
        var errors = new List<string>();
        var delivery = (options.Delivery ?? string.Empty).Trim().ToLowerInvariant();
        if (delivery is not ("auto" or "" or "smtp" or "pickup"))
        {
            errors.Add($"Email:Delivery is '{options.Delivery}'; use 'auto', 'smtp' or 'pickup'.");
        }

        if (delivery == "smtp" && string.IsNullOrWhiteSpace(options.Smtp.Host))
        {
            errors.Add("Email:Delivery is 'smtp' but no SMTP server is set: set Email:Smtp:Host (environment variable Email__Smtp__Host), or Email:Delivery to 'pickup' to write messages to a folder.");
        }

        if (options.Smtp.Port is < 1 or > 65535)
        {
            errors.Add($"Email:Smtp:Port is {options.Smtp.Port}; use a TCP port (587 with STARTTLS, 465 with TLS, 25 for a local relay).");
        }

        if (options.MaxAttempts < 1 || options.MaxPerRun < 1)
        {
            errors.Add("Email:MaxAttempts and Email:MaxPerRun must be at least 1.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
