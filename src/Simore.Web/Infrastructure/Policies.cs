using Microsoft.AspNetCore.Authorization;
using Simore.Core.Identity;

namespace Simore.Web.Infrastructure;

/// <summary>Authorization policies. Administrators must have signed in with a second factor.</summary>
public static class Policies
{
    public const string Administrator = "TenantAdministrator";

    public const string PlatformAdministrator = "PlatformAdministrator";

    /// <summary>Report drafts: the tenant's drafters, and its administrators signed in with a second factor.</summary>
    public const string ReportDrafter = "ReportDrafter";

    public const string MultiFactorClaim = "amr";

    public const string MultiFactorValue = "mfa";

    public static void Configure(AuthorizationOptions options)
    {
        options.AddPolicy(Administrator, policy => policy
            .RequireRole(Roles.Administrator)
            .AddRequirements(new TwoFactorRequirement()));
        options.AddPolicy(ReportDrafter, policy => policy.RequireAssertion(context =>
            context.User.IsInRole(Roles.Drafter)
            || (context.User.IsInRole(Roles.Administrator) && context.User.HasClaim(MultiFactorClaim, MultiFactorValue))));
        options.AddPolicy(PlatformAdministrator, policy => policy
            .RequireRole(Roles.PlatformAdministrator)
            .AddRequirements(new TwoFactorRequirement()));
    }
}

/// <summary>Met when the user signed in with a second factor in this session.</summary>
public sealed class TwoFactorRequirement : AuthorizationHandler<TwoFactorRequirement>, IAuthorizationRequirement
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, TwoFactorRequirement requirement)
    {
        if (context.User.HasClaim(Policies.MultiFactorClaim, Policies.MultiFactorValue))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}

/// <summary>Sends a user who lacks only the second factor to set it up, instead of "access denied".</summary>
public sealed class TwoFactorChallengeHandler : Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler
{
    private readonly Microsoft.AspNetCore.Authorization.Policy.AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, Microsoft.AspNetCore.Authorization.Policy.PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden
            && authorizeResult.AuthorizationFailure?.FailedRequirements.All(r => r is TwoFactorRequirement) == true)
        {
            var returnUrl = context.Request.PathBase + context.Request.Path + context.Request.QueryString;
            context.Response.Redirect("/account/two-factor?returnUrl=" + Uri.EscapeDataString(returnUrl));
            return Task.CompletedTask;
        }

        return _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
