using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Simore.Core.Data;

namespace Simore.Cli.Commands;

internal static class MigrateCommand
{
    public static Command Create()
    {
        var command = new Command("migrate", "Apply database migrations (as the owner role) and grant the application role its rights.");
        command.SetAction(async (_, cancellationToken) =>
        {
            using var host = CliHost.Build();
            await host.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
            Console.WriteLine("The database is up to date.");
            return CliHost.Success;
        });
        return command;
    }
}
