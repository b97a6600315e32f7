using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Simore.Core.Notifications;

public static class NotificationServices
{
    /// <summary>The outbox, delivery and reminders.</summary>
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<EmailOutbox>();
        services.AddOptions<EmailOptions>().Bind(configuration.GetSection(EmailOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<EmailOptions>, EmailOptionsValidation>();
        services.AddSingleton<NotificationLinks>();
        services.AddScoped<IEmailSender>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<EmailOptions>>().Value;
            var environment = provider.GetService<IHostEnvironment>();
            return EmailDelivery.UsesSmtp(options, environment)
                ? ActivatorUtilities.CreateInstance<SmtpEmailSender>(provider)
                : new PickupDirectoryEmailSender(EmailDelivery.PickupDirectory(options, environment));
        });
        services.AddScoped<EmailDispatchJob>();
        services.AddScoped<EmailDispatchSweep>();
        services.AddScoped<ReminderOutbox>();
        services.AddScoped<DigestWriter>();
        services.AddScoped<DigestReminders>();
        services.AddScoped<MeetingReminders>();
        services.AddScoped<CalendarReminders>();
        services.AddScoped<TenantRemindersJob>();
        services.AddScoped<ReminderScheduler>();
        return services;
    }
}
