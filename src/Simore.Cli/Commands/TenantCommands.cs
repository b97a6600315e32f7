using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Simore.Core.Data;
using Simore.Core.Localization;
using Simore.Core.Tenancy;

namespace Simore.Cli.Commands;

internal static class TenantCommands
{
    public static Command Create()
    {
        var tenant = new Command("tenant", "Manage the States this deployment serves.");
        tenant.Subcommands.Add(CreateTenant());
        tenant.Subcommands.Add(ListTenants());
        return tenant;
    }

    private static Command CreateTenant()
    {
        var slug = new Option<string>("--slug") { Description = "Short name used in addresses, e.g. svn.", Required = true };
        var name = new Option<string>("--name") { Description = "Name of the State.", Required = true };
        var country = new Option<string>("--country") { Description = "ISO 3166-1 alpha-3 code, e.g. SVN.", Required = true };
        var language = new Option<string>("--language") { Description = "Default language (ar, en, es, fr, ru, zh).", DefaultValueFactory = _ => Languages.Default };
        var languages = new Option<string[]>("--languages") { Description = "Enabled languages.", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => [.. Languages.All] };
        var host = new Option<string?>("--host") { Description = "Host name served as this tenant." };
        var command = new Command("create", "Create a tenant (does nothing if the slug exists).") { slug, name, country, language, languages, host };
        command.SetAction(async (result, cancellationToken) =>
        {
            if (!Languages.IsSupported(result.GetValue(language)))
            {
                await Console.Error.WriteLineAsync("The default language must be one of: " + string.Join(", ", Languages.All));
                return CliHost.Failure;
            }

            using var app = CliHost.Build();
            using var scope = app.Services.CreateScope();
            var (created, isNew) = await scope.ServiceProvider.GetRequiredService<TenantService>().CreateAsync(
                new CreateTenant(result.GetValue(slug)!, result.GetValue(name)!, result.GetValue(country)!, result.GetValue(language)!, result.GetValue(languages)!, result.GetValue(host)),
                cancellationToken);
            Console.WriteLine(isNew ? $"Created tenant {created.Slug} ({created.Name})." : $"Tenant {created.Slug} already exists.");
            return CliHost.Success;
        });
        return command;
    }

    private static Command ListTenants()
    {
        var command = new Command("list", "List tenants.");
        command.SetAction(async (_, cancellationToken) =>
        {
            using var app = CliHost.Build();
            using var scope = app.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<SimoreDbContext>();
            foreach (var t in await db.Tenants.OrderBy(t => t.Slug).ToListAsync(cancellationToken))
            {
                Console.WriteLine($"{t.Slug}\t{t.Name}\t{t.DefaultLanguage}\t{(t.IsActive ? "active" : "inactive")}");
            }

            return CliHost.Success;
        });
        return command;
    }
}
