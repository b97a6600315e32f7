using Simore.Core.Registry;

namespace Simore.Web.Features.Shared;

/// <summary>The English labels (and localization keys) of domain values.</summary>
public static class Display
{
    public static string Position(Position position) => position switch
    {
        Core.Registry.Position.Supported => "Supported",
        Core.Registry.Position.Noted => "Noted",
        Core.Registry.Position.PartiallySupported => "Partially supported",
        _ => "Pending",
    };

    public static string Mechanism(Mechanism mechanism) => mechanism switch
    {
        Core.Registry.Mechanism.Upr => "Universal Periodic Review",
        Core.Registry.Mechanism.TreatyBody => "Treaty body",
        Core.Registry.Mechanism.SpecialProcedure => "Special procedure",
        _ => "Regional mechanism",
    };

    public static string Role(string role) => role switch
    {
        Core.Identity.Roles.Administrator => "Administrator",
        Core.Identity.Roles.Validator => "Validator",
        Core.Identity.Roles.FocalPoint => "Focal point",
        Core.Identity.Roles.Drafter => "Report drafter",
        Core.Identity.Roles.CivilSociety => "Civil society",
        Core.Identity.Roles.PlatformAdministrator => "Platform administrator",
        _ => role,
    };
}
