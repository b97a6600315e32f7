using Microsoft.Extensions.Hosting;

namespace Simore.Core.Notifications;

/// <summary>Which sender the configuration asks for.</summary>
public static class EmailDelivery
{
    public static bool UsesSmtp(EmailOptions options, IHostEnvironment? environment) =>
        (options.Delivery ?? string.Empty).Trim().ToLowerInvariant() switch
        {
            "smtp" => true,
            "pickup" => false,
            "auto" or "" => !string.IsNullOrWhiteSpace(options.Smtp.Host)
                && environment?.IsDevelopment() != true
                && environment?.IsEnvironment("Testing") != true,
            var other => throw new InvalidOperationException($"Email:Delivery is '{other}'; use 'auto', 'smtp' or 'pickup'."),
        };

    /// <summary>The pickup folder, a relative path being taken from the content root.</summary>
    public static string PickupDirectory(EmailOptions options, IHostEnvironment? environment) =>
        Path.GetFullPath(options.PickupDirectory, environment?.ContentRootPath ?? Directory.GetCurrentDirectory());
}
