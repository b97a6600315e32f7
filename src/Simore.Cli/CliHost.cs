using System.CommandLine;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Simore.Core;
using Simore.Core.Data;
using Simore.Core.Identity;

namespace Simore.Cli;

/// <summary>Builds the same services the web app uses, from the same configuration sources.</summary>
internal static class CliHost
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int Rejected = 2;

    public static async Task<int> InvokeAsync(RootCommand root, string[] args)
    {
        try
        {
            return await root.Parse(args).InvokeAsync();
        }
        catch (InvalidOperationException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return Failure;
        }
    }

    public static IHost Build()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddEnvironmentVariables();
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter("Simore", LogLevel.Information);
        builder.Services.AddSimoreCore(builder.Configuration);
        builder.Services.AddScoped<Simore.Core.Auditing.ICurrentUser>(_ => new Simore.Core.Auditing.SystemUser("command line (" + Environment.UserName + ")"));
        builder.Services.AddIdentityCore<User>(IdentitySetup.Configure)
            .AddRoles<Role>()
            .AddEntityFrameworkStores<SimoreDbContext>()
            .AddDefaultTokenProviders();
        return builder.Build();
    }
}
