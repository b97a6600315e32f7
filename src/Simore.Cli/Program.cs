using System.CommandLine;
using Simore.Cli.Commands;

namespace Simore.Cli;

public static class CliProgram
{
    public static Task<int> Main(string[] args) => CliHost.InvokeAsync(CreateRoot(), args);

    public static RootCommand CreateRoot()
    {
        var root = new RootCommand("Simore administration: database, tenants, users, demo data, report drafts.");
        root.Subcommands.Add(MigrateCommand.Create());
        root.Subcommands.Add(TenantCommands.Create());
        root.Subcommands.Add(UserCommands.Create());
        root.Subcommands.Add(SeedDemoCommand.Create());
        root.Subcommands.Add(ImportCommand.Create());
        root.Subcommands.Add(ReportCommand.Create());
        root.Subcommands.Add(TotpCommand.Create());
        return root;
    }
}
