using System.CommandLine;
using Simore.Core.Identity;

namespace Simore.Cli.Commands;

/// <summary>Prints the current authenticator code for a secret, for trying the demo without a phone.</summary>
internal static class TotpCommand
{
    public static Command Create()
    {
        var secret = new Option<string>("--secret") { Description = "The Base32 key shown when two-factor authentication was set up.", Required = true };
        var command = new Command("totp", "Print the current six-digit authenticator code for a key.") { secret };
        command.SetAction(result =>
        {
            Console.WriteLine(Totp.Code(result.GetValue(secret)!, DateTimeOffset.UtcNow));
            return CliHost.Success;
        });
        return command;
    }
}
