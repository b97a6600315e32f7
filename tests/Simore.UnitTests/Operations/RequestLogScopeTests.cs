using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Simore.Core.Tenancy;
using Simore.Web.Infrastructure;

namespace Simore.UnitTests.Operations;

public sealed class RequestLogScopeTests
{
    [Test]
    public async Task Lines_logged_during_a_request_carry_its_tenant_user_and_request_id()
    {
        var logger = new ScopeRecorder();
        var tenant = new TenantContext();
        tenant.Use(new Tenant { Id = 7, Slug = "svn", Name = "Slovenia", CountryCode = "SVN", DefaultLanguage = "en" });
        var userId = Guid.NewGuid().ToString();
        var context = new DefaultHttpContext { TraceIdentifier = "0HN:00000001" };
        context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId)], "test"));
        IReadOnlyList<KeyValuePair<string, object?>>? during = null;

        await new RequestLogScopeMiddleware(_ => { during = logger.Current; return Task.CompletedTask; }, logger).InvokeAsync(context, tenant);

        Assert.That(during, Is.Not.Null, "the scope is open while the rest of the pipeline runs");
        Assert.That(during!.ToDictionary(p => p.Key, p => p.Value), Is.EquivalentTo(new Dictionary<string, object?>
        {
            ["RequestId"] = "0HN:00000001",
            ["TenantSlug"] = "svn",
            ["TenantId"] = 7,
            ["UserId"] = userId,
        }));
        Assert.That(logger.Current, Is.Null, "the scope is closed after the request");
    }

    [Test]
    public void An_anonymous_request_outside_a_tenant_has_only_its_request_id()
    {
        var scope = RequestLogScopeMiddleware.ScopeOf(new DefaultHttpContext { TraceIdentifier = "r1" }, new TenantContext());

        Assert.That(scope.Select(p => p.Key), Is.EqualTo(new[] { "RequestId" }));
        Assert.That(scope.ToString(), Is.EqualTo("RequestId:r1"), "the simple console formatter shows the scope as one line");
    }

    private sealed class ScopeRecorder : ILogger<RequestLogScopeMiddleware>
    {
        public IReadOnlyList<KeyValuePair<string, object?>>? Current { get; private set; }

        public IDisposable BeginScope<TState>(TState state)
            where TState : notnull
        {
            Current = (IReadOnlyList<KeyValuePair<string, object?>>)state;
            return new Closing(this);
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
        }

        private sealed class Closing(ScopeRecorder owner) : IDisposable
        {
            public void Dispose() => owner.Current = null;
        }
    }
}
