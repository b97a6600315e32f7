using System.CommandLine;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Simore.Core.Data;
using Simore.Core.Localization;
using Simore.Core.Reports;
using Simore.Core.Tenancy;

namespace Simore.Cli.Commands;

/// <summary>
/// simore report --tenant svn --kind national --format pdf --out draft.pdf [--lang fr] [--cycle 4] …:
/// the same builder and renderers as the web's report drafts, written to a file; nothing is recorded.
/// </summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var tenant = new Option<string>("--tenant") { Description = "Tenant slug.", Required = true };
        var kind = new Option<string>("--kind") { Description = "national, midterm, matrix or institution.", Required = true };
        var format = new Option<string>("--format") { Description = "pdf or docx (national, midterm, institution); xlsx or csv (matrix).", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "The file to write.", Required = true };
        var language = new Option<string>("--lang") { Description = "Language of headings and labels: ar, en, es, fr, ru or zh.", DefaultValueFactory = _ => Languages.Default };
        var cycle = new Option<int?>("--cycle") { Description = "UPR cycle (default: the latest for national and mid-term reports, every recommendation otherwise)." };
        var clusters = new Option<string[]>("--cluster") { Description = "Only these clusters (id or name); repeat for several.", AllowMultipleArgumentsPerToken = true };
        var from = new Option<DateOnly?>("--from") { Description = "Follow-up reported from this day (yyyy-mm-dd)." };
        var to = new Option<DateOnly?>("--to") { Description = "Follow-up reported up to this day (yyyy-mm-dd)." };
        var unpublished = new Option<bool>("--include-unpublished") { Description = "Also submitted and validated follow-up, marked as not yet published." };
        var institution = new Option<string?>("--institution") { Description = "The institution of an institution report (id or name)." };
        var session = new Option<int?>("--session") { Description = "Working Group session of the coming review, for the document symbol." };
        var methodology = new Option<FileInfo?>("--methodology") { Description = "A text file with the methodology section (blank lines between paragraphs)." };
        var command = new Command("report", "Generate a report draft without the web interface.")
        {
            tenant, kind, format, output, language, cycle, clusters, from, to, unpublished, institution, session, methodology,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var reportKind = ReportFormats.ParseKind(result.GetValue(kind));
            var reportFormat = ReportFormats.ParseFormat(result.GetValue(format));
            if (reportKind is null || reportFormat is null || !ReportFormats.Allows(reportKind.Value, reportFormat.Value))
            {
                await Console.Error.WriteLineAsync("Choose --kind national|midterm|institution with --format pdf|docx, or --kind matrix with --format xlsx|csv.");
                return CliHost.Rejected;
            }

            var lang = result.GetValue(language)!;
            if (!Languages.IsSupported(lang))
            {
                await Console.Error.WriteLineAsync("--lang must be one of: " + string.Join(", ", Languages.All));
                return CliHost.Rejected;
            }

            var methodologyFile = result.GetValue(methodology);
            if (methodologyFile is { Exists: false })
            {
                await Console.Error.WriteLineAsync($"Not found: {methodologyFile.FullName}");
                return CliHost.Rejected;
            }

            var host = CliHost.Build();
            try
            {
                using var scope = host.Services.CreateScope();
                var services = scope.ServiceProvider;
                var found = await services.GetRequiredService<TenantStore>().FindBySlugAsync(result.GetValue(tenant)!, cancellationToken);
                if (found is null)
                {
                    await Console.Error.WriteLineAsync($"No tenant '{result.GetValue(tenant)}'.");
                    return CliHost.Failure;
                }

                services.GetRequiredService<ITenantContext>().Use(found);
                var db = services.GetRequiredService<SimoreDbContext>();
                var clusterIds = new List<long>();
                foreach (var wanted in result.GetValue(clusters) ?? [])
                {
                    var id = await FindAsync(db.Clusters.Select(c => new { c.Id, c.Name }).Select(c => new Named(c.Id, c.Name)), wanted, cancellationToken);
                    if (id is null)
                    {
                        await Console.Error.WriteLineAsync($"No cluster '{wanted}'.");
                        return CliHost.Rejected;
                    }

                    clusterIds.Add(id.Value);
                }

                long? institutionId = null;
                if (result.GetValue(institution) is { } named)
                {
                    institutionId = await FindAsync(db.Institutions.Select(i => new Named(i.Id, i.Name)), named, cancellationToken);
                    if (institutionId is null)
                    {
                        await Console.Error.WriteLineAsync($"No institution '{named}'.");
                        return CliHost.Rejected;
                    }
                }

                if (reportKind == ReportKind.Institution && institutionId is null)
                {
                    await Console.Error.WriteLineAsync("An institution report needs --institution.");
                    return CliHost.Rejected;
                }

                var options = new ReportOptions
                {
                    Cycle = result.GetValue(cycle),
                    ClusterIds = clusterIds,
                    From = result.GetValue(from),
                    To = result.GetValue(to),
                    IncludeUnpublished = result.GetValue(unpublished),
                    Language = lang,
                    InstitutionId = institutionId,
                    Session = result.GetValue(session),
                    Methodology = methodologyFile is null ? null : await File.ReadAllTextAsync(methodologyFile.FullName, cancellationToken),
                };
                var watch = System.Diagnostics.Stopwatch.StartNew();
                var report = await services.GetRequiredService<ReportGenerator>().GenerateAsync(reportKind.Value, reportFormat.Value, options, cancellationToken: cancellationToken);
                var file = result.GetValue(output)!;
                await File.WriteAllBytesAsync(file.FullName, report.Content, cancellationToken);
                var words = report.WordCount is { } w ? $", {w.ToString(CultureInfo.InvariantCulture)} words in the body" : string.Empty;
                Console.WriteLine($"Wrote {file.FullName} ({report.Content.Length.ToString(CultureInfo.InvariantCulture)} bytes{words}) in {watch.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)} s.");
                return CliHost.Success;
            }
            finally
            {
                await ((IAsyncDisposable)host).DisposeAsync();
            }
        });
        return command;
    }

    private sealed record Named(long Id, string Name);

    private static async Task<long?> FindAsync(IQueryable<Named> all, string wanted, CancellationToken cancellationToken)
    {
        if (long.TryParse(wanted, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return await all.Where(n => n.Id == id).Select(n => (long?)n.Id).FirstOrDefaultAsync(cancellationToken);
        }

        // A tenant has tens of clusters and institutions: compare the names here, case aside.
        var names = await all.ToListAsync(cancellationToken);
        return names.FirstOrDefault(n => string.Equals(n.Name, wanted.Trim(), StringComparison.OrdinalIgnoreCase))?.Id;
    }
}
