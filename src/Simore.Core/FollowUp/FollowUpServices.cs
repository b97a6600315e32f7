using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Simore.Core.FollowUp.Storage;
using Simore.Core.Network;

namespace Simore.Core.FollowUp;

public static class FollowUpServices
{
    /// <summary>Follow-up entries, their workflow, evidence storage and the status rule.</summary>
    public static IServiceCollection AddFollowUp(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("Storage").Get<StorageOptions>() ?? new StorageOptions();
        services.AddSingleton<IFileStorage>(provider =>
        {
            var root = Path.IsPathRooted(options.Path)
                ? options.Path
                : Path.Combine(provider.GetService<IHostEnvironment>()?.ContentRootPath ?? AppContext.BaseDirectory, options.Path);
            return new LocalFileStorage(root);
        });
        services.AddScoped<StatusRule>();
        services.AddScoped<EntryWorkflow>();
        services.AddScoped<AssignmentService>();
        return services;
    }
}
