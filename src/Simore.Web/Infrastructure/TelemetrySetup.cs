using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Simore.Web.Infrastructure;

/// <summary>
/// OpenTelemetry traces and metrics of ASP.NET Core, outgoing HTTP and Npgsql, exported over OTLP.
/// Off unless OpenTelemetry:Enabled is true; the exporter reads the standard OTEL_EXPORTER_OTLP_*
/// variables (endpoint, protocol, headers) and OTEL_SERVICE_NAME / OTEL_RESOURCE_ATTRIBUTES.
/// </summary>
public static class TelemetrySetup
{
    public const string DefaultServiceName = "simore";

    public static IServiceCollection AddSimoreTelemetry(this IServiceCollection services, IConfiguration configuration, ProcessRole role)
    {
        if (!configuration.GetValue<bool>("OpenTelemetry:Enabled"))
        {
            return services;
        }

        var serviceName = configuration["OTEL_SERVICE_NAME"] is { Length: > 0 } name ? name : DefaultServiceName;
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource
                .AddService(serviceName, serviceInstanceId: $"{Environment.MachineName}:{Environment.ProcessId}")
                .AddAttributes([new("simore.process_role", RoleName(role))]))
            .WithTracing(tracing => tracing
                // Probes every few seconds would drown the traces people look for.
                .AddAspNetCoreInstrumentation(options => options.Filter = context => !context.Request.Path.StartsWithSegments("/health"))
                .AddHttpClientInstrumentation()
                .AddNpgsql())
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddNpgsqlInstrumentation())
            .UseOtlpExporter();
        return services;
    }

    public static string RoleName(ProcessRole role) => (role.ServesWeb, role.RunsJobs) switch
    {
        (true, true) => "all",
        (true, false) => "web",
        _ => "worker",
    };
}
