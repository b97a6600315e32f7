using System.CommandLine;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Simore.Core.Identity;
using Simore.Core.Tenancy;

namespace Simore.Cli.Commands;

internal static class UserCommands
{
    public static Command Create()
    {
        var user = new Command("user", "Manage accounts.");
        user.Subcommands.Add(AddUser());
        return user;
    }

    private static Command AddUser()
    {
        var email = new Option<string>("--email") { Description = "E-mail address (the sign-in name).", Required = true };
        var name = new Option<string>("--name") { Description = "Display name.", Required = true };
        var role = new Option<string>("--role") { Description = "Administrator, Validator, FocalPoint, Drafter, CivilSociety or PlatformAdministrator.", Required = true };
        var tenant = new Option<string?>("--tenant") { Description = "Tenant slug (all roles but PlatformAdministrator)." };
        var password = new Option<string?>("--password") { Description = "Initial password; read from SIMORE_PASSWORD when omitted." };
        var command = new Command("add", "Create an account (or reuse it) and give it a role.") { email, name, role, tenant, password };
        command.SetAction(async (result, cancellationToken) =>
        {
            var roleName = result.GetValue(role)!;
            var slug = result.GetValue(tenant);
            if (roleName != Roles.PlatformAdministrator && (!Roles.IsTenantRole(roleName) || slug is null))
            {
                await Console.Error.WriteLineAsync("Give a tenant role (Administrator, Validator, FocalPoint, Drafter, CivilSociety) with --tenant, or PlatformAdministrator.");
                return CliHost.Failure;
            }

            var secret = result.GetValue(password) ?? Environment.GetEnvironmentVariable("SIMORE_PASSWORD");
            using var app = CliHost.Build();
            using var scope = app.Services.CreateScope();
            var services = scope.ServiceProvider;
            if (slug is not null)
            {
                var found = await services.GetRequiredService<TenantStore>().FindBySlugAsync(slug, cancellationToken);
                if (found is null)
                {
                    await Console.Error.WriteLineAsync($"No tenant '{slug}'.");
                    return CliHost.Failure;
                }

                services.GetRequiredService<ITenantContext>().Use(found);
            }

            var memberships = services.GetRequiredService<MembershipService>();
            var (account, errors) = await memberships.EnsureUserAsync(result.GetValue(email)!.Trim(), result.GetValue(name)!, secret);
            if (account is null)
            {
                await Console.Error.WriteLineAsync(string.Join(Environment.NewLine, errors));
                return CliHost.Failure;
            }

            if (roleName == Roles.PlatformAdministrator)
            {
                var roles = services.GetRequiredService<RoleManager<Role>>();
                if (!await roles.RoleExistsAsync(roleName))
                {
                    await roles.CreateAsync(new Role { Name = roleName });
                }

                var users = services.GetRequiredService<UserManager<User>>();
                if (!await users.IsInRoleAsync(account, roleName))
                {
                    await users.AddToRoleAsync(account, roleName);
                }
            }
            else
            {
                await memberships.GrantAsync(account, roleName, cancellationToken);
            }

            Console.WriteLine($"{account.Email} is {roleName}{(slug is null ? string.Empty : " in " + slug)}.");
            return CliHost.Success;
        });
        return command;
    }
}
