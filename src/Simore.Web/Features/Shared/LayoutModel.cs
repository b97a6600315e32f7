using System.Globalization;
using System.Security.Claims;
using Simore.Core.Identity;
using Simore.Core.Localization;
using Simore.Core.Tenancy;

namespace Simore.Web.Features.Shared;

/// <summary>What the layout needs to know about the request; built once per page.</summary>
public sealed record LayoutModel(Tenant? Tenant, string Language, bool IsRightToLeft, IReadOnlyList<string> Languages, ClaimsPrincipal User)
{
    public bool IsSignedIn => User.Identity?.IsAuthenticated == true;

    public bool IsPlatformAdministrator => User.IsInRole(Roles.PlatformAdministrator);

    public bool IsAdministrator => User.IsInRole(Roles.Administrator);

    public bool IsFocalPoint => User.IsInRole(Roles.FocalPoint);

    public bool IsValidator => User.IsInRole(Roles.Validator);

    public bool IsDrafter => User.IsInRole(Roles.Drafter);

    public bool HasTenantRole => Roles.TenantRoles.Any(User.IsInRole);

    /// <summary>The current address in another language: ?culture= wins over the cookie and is remembered by it.</summary>
    public static string WithCulture(HttpRequest request, string language) =>
        Features.Language.CultureUrl.With(request.PathBase + request.Path + request.QueryString, language);

    public static LayoutModel For(HttpContext context)
    {
        var tenant = context.RequestServices.GetRequiredService<ITenantContext>().Tenant;
        var culture = CultureInfo.CurrentUICulture;
        var language = Simore.Core.Localization.Languages.IsSupported(culture.TwoLetterISOLanguageName)
            ? culture.TwoLetterISOLanguageName
            : Simore.Core.Localization.Languages.Default;
        var languages = tenant?.EnabledLanguages is { Count: > 0 } enabled
            ? Simore.Core.Localization.Languages.All.Where(enabled.Contains).ToList()
            : Simore.Core.Localization.Languages.All;
        return new LayoutModel(tenant, language, culture.TextInfo.IsRightToLeft, languages, context.User);
    }
}
