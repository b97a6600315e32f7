using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Simore.Core.FollowUp.Storage;
using Simore.Core.Network;

namespace Simore.Core.FollowUp;

public static class FollowUpServices
{
    /// <summary>Follow-up entries, their workflow, evidence storage and the status rule.</summary>
    public static IServiceCollection AddFollowUp(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection("Storage")).ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidation>();
        services.AddSingleton<IFileStorage>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
            return options.IsS3
                ? new S3FileStorage(options.S3)
                : new LocalFileStorage(StorageOptionsValidation.RootOf(options, provider.GetService<IHostEnvironment>()));
        });
        services.AddScoped<StatusRule>();
        services.AddScoped<EntryWorkflow>();
        services.AddScoped<AssignmentService>();
        return services;
    }
}
