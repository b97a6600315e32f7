using FluentValidation;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;
using Simore.Core.Data;
using Simore.Core.Identity;
using Simore.Core.Localization;
using Simore.Web.Features.Account;
using Simore.Web.Features.Api;
using Simore.Web.Features.Portal;
using Simore.Web.Features.CivilSociety;

namespace Simore.Web.Infrastructure;

public static class WebServices
{
    public static IServiceCollection AddSimoreWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddIdentity<User, Role>(IdentitySetup.Configure)
            .AddEntityFrameworkStores<SimoreDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<LocalizedIdentityErrors>();
        services.Configure<SecurityStampValidatorOptions>(options =>
        {
            options.ValidationInterval = TimeSpan.FromMinutes(5);
            // Keep "signed in with a second factor" when the cookie's principal is refreshed.
            options.OnRefreshingPrincipal = context =>
            {
                var amr = context.CurrentPrincipal?.FindFirst(Policies.MultiFactorClaim);
                if (amr is not null && context.NewPrincipal?.Identity is System.Security.Claims.ClaimsIdentity identity)
                {
                    identity.AddClaim(new System.Security.Claims.Claim(amr.Type, amr.Value));
                }

                return Task.CompletedTask;
            };
        });
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/account/login";
            options.LogoutPath = "/account/logout";
            options.AccessDeniedPath = "/account/denied";
            options.Cookie.Name = "simore.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
        });
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "simore.csrf";
            options.HeaderName = "X-CSRF-TOKEN";
        });

        services.AddHttpContextAccessor();
        services.AddScoped<Simore.Core.Auditing.ICurrentUser, HttpCurrentUser>();
        services.AddScoped<IClaimsTransformation, TenantRoleClaims>();
        services.AddSingleton<IAuthorizationHandler, TwoFactorRequirement>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, TwoFactorChallengeHandler>();
        services.AddAuthorization(Policies.Configure);

        services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Scoped);

        // Use-case classes beside their views: one per file, resolved per request.
        foreach (var type in typeof(Program).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false, IsPublic: true }
            && t.Namespace?.StartsWith("Simore.Web.Features", StringComparison.Ordinal) == true
            && t.GetMethod("<Clone>$") is null
            && (t.Name.EndsWith("Handler", StringComparison.Ordinal) || t.Name.EndsWith("Query", StringComparison.Ordinal))))
        {
            services.AddScoped(type);
        }
        services.AddControllersWithViews(options =>
            {
                options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                options.Filters.Add<ValidationFilter>();
            })
            .AddViewLocalization()
            .AddRazorOptions(options =>
            {
                // Feature folders: a controller's views sit beside it.
                options.ViewLocationFormats.Clear();
                options.ViewLocationFormats.Add("/Features/{feature}/{0}.cshtml");
                options.ViewLocationFormats.Add("/Features/Shared/{0}.cshtml");
                options.ViewLocationExpanders.Add(new FeatureFolderViewLocations());
            });

        services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = Languages.Cultures;
            options.DefaultRequestCulture = new RequestCulture(Languages.Default);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider { QueryStringKey = "culture", UIQueryStringKey = "culture" },
                new CookieRequestCultureProvider { CookieName = LanguageCookie.Name },
                new TenantCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });

        services.AddPortalOutputCache(configuration);
        services.AddSimoreApi();
        services.AddCivilSocietyRateLimits();
        services.AddSignInRateLimits(configuration);
        services.AddPasswordReset();
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: ["ready"])
            .AddCheck<JobStorageHealthCheck>("job-storage", tags: ["ready"])
            .AddCheck<FileStorageHealthCheck>("file-storage", tags: ["ready"]);
        return services;
    }
}

public static class LanguageCookie
{
    public const string Name = "simore.lang";

    public static CookieOptions Options() =>
        new() { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax };
}
