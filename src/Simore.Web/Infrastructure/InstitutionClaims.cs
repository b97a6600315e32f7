using System.Globalization;
using System.Security.Claims;
using Simore.Core.Identity;

namespace Simore.Web.Infrastructure;

/// <summary>The institutions a user works for in the request's tenant, by role (from active memberships).</summary>
public static class InstitutionClaims
{
    public static string Type(string role) => "simore:institution:" + role;

    /// <summary>The institutions whose follow-up the user enters (as focal point).</summary>
    public static IReadOnlyList<long> FocalPointInstitutions(this ClaimsPrincipal user) => Of(user, Roles.FocalPoint);

    /// <summary>The institutions whose entries the user validates.</summary>
    public static IReadOnlyList<long> ValidatorInstitutions(this ClaimsPrincipal user) => Of(user, Roles.Validator);

    private static List<long> Of(ClaimsPrincipal user, string role) =>
        user.FindAll(Type(role)).Select(c => long.Parse(c.Value, CultureInfo.InvariantCulture)).Distinct().ToList();
}
