using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.RateLimiting;

namespace Simore.Web.Features.CivilSociety;

/// <summary>
/// Limits on what anyone on the internet can make the public portal do: register, comment and
/// report. Registration and reports count per client address (the forwarded one behind the proxy),
/// contributions per account. Over the limit, the visitor gets a 429 page in their language.
/// </summary>
public static class CivilSocietyRateLimits
{
    public const string Registration = "civil-registration";

    public const string Contribution = "civil-contribution";

    public const string AbuseReport = "civil-abuse-report";

    public const int RegistrationsPerHour = 5;

    public const int ContributionsPerHour = 10;

    public const int AbuseReportsPerHour = 10;

    public const string PageView = "~/Features/CivilSociety/TooManyRequests.cshtml";

    public static IServiceCollection AddCivilSocietyRateLimits(this IServiceCollection services) =>
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(Registration, new WindowPolicy(RegistrationsPerHour, TimeSpan.FromHours(1), ByAddress));
            options.AddPolicy(Contribution, new WindowPolicy(ContributionsPerHour, TimeSpan.FromHours(1), ByAccount));
            options.AddPolicy(AbuseReport, new WindowPolicy(AbuseReportsPerHour, TimeSpan.FromHours(1), ByAddress));
        });

    internal static string ByAddress(HttpContext context) =>
        "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");

    /// <summary>Contributions need an account; an anonymous request (about to be sent to sign in) counts by address.</summary>
    private static string ByAccount(HttpContext context) =>
        context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } id ? "user:" + id : ByAddress(context);

    /// <summary>A fixed window per partition, with the 429 page as its own answer (whatever the app's default is).</summary>
    internal sealed class WindowPolicy(int permits, TimeSpan window, Func<HttpContext, string> partition) : IRateLimiterPolicy<string>
    {
        public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = RejectAsync;

        public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
            RateLimitPartition.GetFixedWindowLimiter(partition(httpContext), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = permits,
                Window = window,
                QueueLimit = 0,
            });
    }

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        var minutes = 60;
        if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            minutes = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalMinutes));
        }

        // Rendered here, not by the status-code pages, so the page can say what happened and when to retry.
        var services = context.RequestServices;
        var action = new ActionContext(context, context.GetRouteData(), new ActionDescriptor());
        var viewData = new ViewDataDictionary<int>(services.GetRequiredService<IModelMetadataProvider>(), action.ModelState) { Model = minutes };
        await new ViewResult
        {
            ViewName = PageView,
            ViewData = viewData,
            TempData = services.GetRequiredService<ITempDataDictionaryFactory>().GetTempData(context),
            StatusCode = StatusCodes.Status429TooManyRequests,
        }.ExecuteResultAsync(action);
    }
}
