using Hangfire;
using Microsoft.AspNetCore.HttpOverrides;
using Simore.Core;
using Simore.Core.Data;
using Simore.Web.Features.Api;
using Simore.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
var role = ProcessRole.From(builder.Configuration);

builder.Services.AddSimoreCore(builder.Configuration);
builder.Services.AddSimoreWeb(builder.Configuration);
builder.Services.AddSimoreJobs(builder.Configuration, role);
builder.Services.AddSimoreTelemetry(builder.Configuration, role);

var app = builder.Build();

if (app.Services.GetRequiredService<DatabaseOptions>().MigrateOnStartup)
{
    await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
}

app.UseSimoreRecurringJobs(role);
app.UseForwardedHeaders(new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto });
app.UseMiddleware<SecurityHeadersMiddleware>();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error/500");
    app.UseHsts();
}

app.MapHealthChecks("/health/live", new() { Predicate = _ => false });
app.MapHealthChecks("/health/ready", new() { Predicate = check => check.Tags.Contains("ready") });

if (role.ServesWeb)
{
    app.UseStaticFiles();
    app.UseSimoreApi();
    app.UseMiddleware<TenantHostMiddleware>();

    // Before the status-code pages: their re-execution loses the query string (?culture=).
    app.UseRequestLocalization();
    app.UseMiddleware<CultureFromUrlMiddleware>();
    app.UseStatusCodePagesWithReExecute("/error/{0}");
    app.UseRouting();
    app.UseMiddleware<TenantResolutionMiddleware>();
    app.UseAuthentication();
    app.UseMiddleware<RequestLogScopeMiddleware>();
    app.UseAuthorization();
    app.UseRateLimiter();
    app.UseOutputCache();
    app.MapControllers();
    app.MapSimoreApi();
    app.MapHangfireDashboard("/hangfire", new DashboardOptions
    {
        Authorization = [new PlatformAdministratorDashboardFilter()],
        AppPath = "/platform",
    });
}

await app.RunAsync();

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
