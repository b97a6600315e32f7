using System.Text.Json;
using Microsoft.AspNetCore.Cors.Infrastructure;

namespace Simore.Web.Features.Api;

/// <summary>
/// Wiring of the open data API: problem details, the CORS policy of its read-only paths, the
/// OpenAPI description, and responses that never carry a cookie.
/// </summary>
public static class ApiServices
{
    public const string DocumentName = "v1";
    public const string CorsPolicy = "OpenData";

    public static IServiceCollection AddSimoreApi(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddScoped<PublicRecommendationReader>();
        services.AddScoped<OpenData.ExportColumns>();

        // Open data: any web page may read it, without credentials, and read it only.
        services.AddCors(options => options.AddPolicy(CorsPolicy, policy => policy
            .AllowAnyOrigin()
            .WithMethods(HttpMethods.Get)
            .WithHeaders("Accept", "Accept-Language", "If-None-Match")
            .WithExposedHeaders("ETag", "Cache-Control")));

        // The OpenAPI description reads its schemas from these options; the API writes enums by name, so must they.
        services.ConfigureHttpJsonOptions(options => ApiJson.Configure(options.SerializerOptions));
        services.AddOpenApi(DocumentName, options =>
        {
            options.ShouldInclude = description => description.GroupName == DocumentName;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new Microsoft.OpenApi.OpenApiInfo
                {
                    Title = "Simore open data API",
                    Version = DocumentName,
                    Description = "The recommendations a State has received from the UN human rights mechanisms, "
                        + "with the follow-up it has published. Read-only, anonymous, in the six UN languages.",
                };
                return Task.CompletedTask;
            });
            options.AddOperationTransformer(new QueryParameterDocs());
        });
        return services;
    }

    /// <summary>Before routing: CORS answers preflight requests itself, and no API response sets a cookie.</summary>
    public static IApplicationBuilder UseSimoreApi(this IApplicationBuilder app) =>
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/openapi"),
            api =>
            {
                api.Use((context, next) =>
                {
                    // Registered first, so run last: after the language cookie and the sign-in cookie's renewal.
                    context.Response.OnStarting(() =>
                    {
                        context.Response.Headers.Remove(Microsoft.Net.Http.Headers.HeaderNames.SetCookie);
                        return Task.CompletedTask;
                    });
                    return next(context);
                });
                api.UseWhen(context => context.Request.Path.StartsWithSegments("/api/v1"), v1 => v1.UseCors(CorsPolicy));
            });

    public static IEndpointRouteBuilder MapSimoreApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOpenApi("/openapi/{documentName}.json");

        // Any other address under /api (a version that does not exist, an id that is not a number) is
        // a 404 problem, not the HTML error page; the catch-all loses to every real route.
        endpoints.Map("/api/{**rest}", ApiProblems.WriteNotFoundAsync).ExcludeFromDescription();
        return endpoints;
    }
}
