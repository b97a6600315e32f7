using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Simore.Core.Demo;

namespace Simore.Cli.Commands;

internal static class SeedDemoCommand
{
    public static Command Create()
    {
        var file = new Option<FileInfo>("--file")
        {
            Description = "The OHCHR thematic list to load (default: deploy/demo/" + DemoData.ListFileName + ").",
            DefaultValueFactory = _ => new FileInfo(Path.Combine("deploy", "demo", DemoData.ListFileName)),
        };
        var command = new Command("seed-demo", "Load the demo tenant (Slovenia) and its accounts; safe to run again.") { file };
        command.SetAction(async (result, cancellationToken) =>
        {
            var list = result.GetValue(file)!;
            if (!list.Exists)
            {
                await Console.Error.WriteLineAsync($"Not found: {list.FullName}");
                return CliHost.Failure;
            }

            using var host = CliHost.Build();
            await host.Services.GetRequiredService<DemoSeeder>().SeedAsync(list.FullName, cancellationToken);
            Console.WriteLine("The demo tenant is ready.");
            return CliHost.Success;
        });
        return command;
    }
}
