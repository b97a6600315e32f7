using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Simore.Core.Reports.Jobs;
using Simore.Core.Reports.Model;
using Simore.Core.Reports.Pdf;

namespace Simore.Core.Reports;

public static class ReportServices
{
    /// <summary>Report drafts: the builder, the renderers (one Chromium per process for PDFs), the job and its requests.</summary>
    public static IServiceCollection AddReports(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PdfOptions>().Bind(configuration.GetSection(PdfOptions.Section));
        services.AddSingleton<ChromiumBrowser>();
        services.AddSingleton<PdfRenderer>();
        services.AddScoped<ReportBuilder>();
        services.AddScoped<ReportGenerator>();
        services.AddScoped<ReportJob>();
        services.AddScoped<ReportRequests>();
        return services;
    }
}
