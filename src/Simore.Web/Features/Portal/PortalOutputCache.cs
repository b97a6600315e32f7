using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Simore.Core.Tenancy;

namespace Simore.Web.Features.Portal;

/// <summary>
/// The public pages are the same for every anonymous reader of a tenant in one language: they are
/// kept in memory for a short while and dropped as soon as anything of the tenant changes in this
/// process (other processes let theirs expire). Signed-in users always get a fresh page.
/// </summary>
public static class PortalOutputCache
{
    public const string Policy = "portal";

    public static string Tag(int tenantId) => "tenant-" + tenantId.ToString(CultureInfo.InvariantCulture);

    public static IServiceCollection AddPortalOutputCache(this IServiceCollection services, IConfiguration configuration)
    {
        var seconds = configuration.GetValue("Simore:Portal:CacheSeconds", 60);
        services.AddOutputCache(options => options.AddPolicy(Policy, new PortalCachePolicy(TimeSpan.FromSeconds(Math.Max(0, seconds)))));
        services.AddScoped<IInterceptor, PortalCacheEviction>();
        return services;
    }
}

internal sealed class PortalCachePolicy(TimeSpan duration) : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var attempt = duration > TimeSpan.Zero
            && (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
            && http.User.Identity?.IsAuthenticated != true;
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = attempt;
        context.AllowCacheStorage = attempt;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = duration;
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByValues["culture"] = CultureInfo.CurrentUICulture.Name;
        if (http.RequestServices.GetRequiredService<ITenantContext>().TenantId is int tenant)
        {
            context.Tags.Add(PortalOutputCache.Tag(tenant));
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;

        // A response that sets a cookie (a language chosen by URL, an antiforgery token) belongs to one reader.
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0)
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}

/// <summary>Drops a tenant's cached public pages when a change of that tenant is saved.</summary>
internal sealed class PortalCacheEviction(IOutputCacheStore store) : SaveChangesInterceptor
{
    private readonly HashSet<int> _changed = [];

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData);
        return base.SavingChanges(eventData, result);
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        foreach (var tenant in _changed)
        {
            await store.EvictByTagAsync(PortalOutputCache.Tag(tenant), cancellationToken);
        }

        _changed.Clear();
        return await base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        foreach (var tenant in _changed)
        {
            store.EvictByTagAsync(PortalOutputCache.Tag(tenant), default).AsTask().GetAwaiter().GetResult();
        }

        _changed.Clear();
        return base.SavedChanges(eventData, result);
    }

    private void Collect(DbContextEventData eventData)
    {
        if (eventData.Context is null)
        {
            return;
        }

        foreach (var entry in eventData.Context.ChangeTracker.Entries<ITenantOwned>())
        {
            if (entry.State is Microsoft.EntityFrameworkCore.EntityState.Added or Microsoft.EntityFrameworkCore.EntityState.Modified or Microsoft.EntityFrameworkCore.EntityState.Deleted
                && entry.Entity is not (Simore.Core.Notifications.EmailMessage or Simore.Core.Auditing.AuditEntry))
            {
                _changed.Add(entry.Entity.TenantId);
            }
        }
    }
}
