using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Simore.Web.Infrastructure;

namespace Simore.UnitTests.Operations;

/// <summary>Looks at the registrations only: building the providers would start exporting.</summary>
public sealed class TelemetrySetupTests
{
    [Test]
    public void Telemetry_is_off_unless_enabled()
    {
        var services = Register(enabled: null);

        Assert.That(services.Any(d => d.ServiceType == typeof(TracerProvider)), Is.False);
        Assert.That(services.Any(d => d.ServiceType == typeof(MeterProvider)), Is.False);
    }

    [Test]
    public void Enabled_telemetry_has_traces_and_metrics()
    {
        var services = Register(enabled: "true");

        Assert.That(services.Any(d => d.ServiceType == typeof(TracerProvider)), Is.True);
        Assert.That(services.Any(d => d.ServiceType == typeof(MeterProvider)), Is.True);
    }

    [TestCase(true, true, "all")]
    [TestCase(true, false, "web")]
    [TestCase(false, true, "worker")]
    public void The_process_role_is_named_in_the_resource(bool web, bool jobs, string expected) =>
        Assert.That(TelemetrySetup.RoleName(new ProcessRole(web, jobs)), Is.EqualTo(expected));

    private static ServiceCollection Register(string? enabled)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["OpenTelemetry:Enabled"] = enabled,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging().AddSimoreTelemetry(configuration, new ProcessRole(true, true));
        return services;
    }
}
