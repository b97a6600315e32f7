using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Simore.Core.Auditing;
using Simore.Core.Data;
using Simore.Core.Tenancy;

namespace Simore.Core.Portal;

/// <summary>
/// The database that answers the public search and dashboard: a read replica when
/// ConnectionStrings:PortalReadOnly is set and nobody is signed in, the primary otherwise. Anonymous
/// readers already accept pages up to the cache time old, so a replica's lag costs them nothing;
/// people who are signed in may have just changed what they look at, so they read the primary.
/// Row-level security works the same on a replica: the tenant is set on every connection.
/// </summary>
public sealed class PortalReadDatabase(SimoreDbContext primary, IServiceProvider services, ICurrentUser user, DatabaseOptions options)
{
    public SimoreDbContext Context =>
        options.PortalReadOnlyConnectionString is not null && user.Id is null
            ? services.GetRequiredService<ReplicaContext>().Db
            : primary;

    /// <summary>The replica's context, made once per scope and disposed with it.</summary>
    public sealed class ReplicaContext(IServiceProvider services, DatabaseOptions options) : IAsyncDisposable, IDisposable
    {
        private SimoreDbContext? _db;

        public SimoreDbContext Db => _db ??= Create();

        public void Dispose() => _db?.Dispose();

        public ValueTask DisposeAsync() => _db?.DisposeAsync() ?? ValueTask.CompletedTask;

        private SimoreDbContext Create()
        {
            var builder = new DbContextOptionsBuilder<SimoreDbContext>();
            SimoreDatabase.Configure(builder, options.PortalReadOnlyConnectionString!);
            builder.AddInterceptors(services.GetRequiredService<TenantConnectionInterceptor>());
            builder.UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);
            return new SimoreDbContext(
                builder.Options,
                services.GetRequiredService<ITenantContext>(),
                services.GetRequiredService<ICurrentUser>(),
                services.GetRequiredService<TimeProvider>());
        }
    }
}
