using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Simore.Core.Auditing;
using Simore.Core.Importing;
using Simore.Core.Registry;
using Simore.Core.Registry.Reference;
using Simore.Core.Tenancy;

namespace Simore.Cli.Commands;

/// <summary>
/// simore import --tenant svn --file list.docx [--format …] [--dry-run]: prints
/// "created N, updated M, unchanged K, rejected R"; exit 0 on success, 2 when the file is rejected.
/// </summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var tenant = new Option<string>("--tenant") { Description = "Tenant slug.", Required = true };
        var file = new Option<FileInfo>("--file") { Description = "The file to import.", Required = true };
        var format = new Option<string>("--format") { Description = "auto, ohchr-docx, uhri-xlsx, uhri-json, uprinfo-csv or sheet.", DefaultValueFactory = _ => "auto" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Show what would change; write nothing." };
        var clusters = new Option<bool>("--clusters-from-headings") { Description = "Create clusters from the theme headings of an OHCHR list." };
        var symbol = new Option<string?>("--document-symbol") { Description = "Document symbol when the file does not give one." };
        var body = new Option<string>("--body") { Description = "Issuing body for generic sheets (UPR, CEDAW, SP, …).", DefaultValueFactory = _ => "UPR" };
        var cycle = new Option<int?>("--cycle") { Description = "UPR cycle when the file does not give one." };
        var session = new Option<int?>("--session") { Description = "UPR session when the file does not give one." };
        var map = new Option<string[]>("--map") { Description = "Generic sheets: field=column, e.g. Text=text StateUnderReview=to Position=decision.", AllowMultipleArgumentsPerToken = true };
        var extract = new Option<bool>("--extract-from-text") { Description = "Generic sheets: take the paragraph number and the States out of the text." };
        var command = new Command("import", "Import recommendations into a tenant (all or nothing).") { tenant, file, format, dryRun, clusters, symbol, body, cycle, session, map, extract };
        command.SetAction(async (result, cancellationToken) =>
        {
            var path = result.GetValue(file)!;
            if (!path.Exists)
            {
                await Console.Error.WriteLineAsync($"Not found: {path.FullName}");
                return CliHost.Rejected;
            }

            var columns = ParseMap(result.GetValue(map));
            if (columns is null)
            {
                await Console.Error.WriteLineAsync("--map takes field=column pairs; fields: " + string.Join(", ", Enum.GetNames<SheetField>()));
                return CliHost.Failure;
            }

            var bodyInfo = Taxonomy.Instance.BodiesByCode.GetValueOrDefault(result.GetValue(body)!) ?? Taxonomy.Instance.BodiesByCode["UPR"];
            var defaults = new DocumentReference(result.GetValue(symbol) ?? string.Empty, bodyInfo.Mechanism, bodyInfo.Code, result.GetValue(cycle), result.GetValue(session), null, null, null);
            var options = new ReadOptions(columns.Count == 0 ? null : columns, defaults, result.GetValue(extract));
            var requested = result.GetValue(format)!;

            using var host = CliHost.Build();
            using var scope = host.Services.CreateScope();
            var services = scope.ServiceProvider;
            var found = await services.GetRequiredService<TenantStore>().FindBySlugAsync(result.GetValue(tenant)!, cancellationToken);
            if (found is null)
            {
                await Console.Error.WriteLineAsync($"No tenant '{result.GetValue(tenant)}'.");
                return CliHost.Failure;
            }

            services.GetRequiredService<ITenantContext>().Use(found);
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var importer = services.GetRequiredService<ImportService>();
            var request = new ImportRequest(path.Name, await File.ReadAllBytesAsync(path.FullName, cancellationToken), requested == "auto" ? null : requested, options, result.GetValue(clusters));
            var dry = result.GetValue(dryRun);
            var outcome = dry
                ? await importer.PreviewAsync(request, keep: false, cancellationToken)
                : await importer.ImportAsync(request, cancellationToken);
            if (outcome.Plan.Problems.Count > 0 || outcome.Batch.Status == ImportStatus.NeedsMapping)
            {
                foreach (var problem in outcome.Plan.Problems.Take(200))
                {
                    await Console.Error.WriteLineAsync($"row {problem.Row}{(problem.Column is null ? string.Empty : ", " + problem.Column)}: {problem.Format()}");
                }

                if (outcome.Batch.Status == ImportStatus.NeedsMapping)
                {
                    await Console.Error.WriteLineAsync("A generic sheet needs --map Text=<column> (and other fields).");
                }

                Print(outcome.Plan, rejected: Math.Max(1, outcome.Plan.RejectedRows));
                return CliHost.Rejected;
            }

            Print(outcome.Plan, 0);
            await Console.Error.WriteLineAsync($"import took {watch.Elapsed.TotalSeconds.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)} s");
            return CliHost.Success;
        });
        return command;
    }

    private static void Print(ImportPlan plan, int rejected) =>
        Console.WriteLine($"created {plan.Count(ImportAction.Create)}, updated {plan.Count(ImportAction.Update)}, unchanged {plan.Count(ImportAction.Unchanged)}, rejected {rejected}" +
            (plan.Count(ImportAction.Skip) > 0 ? $" (skipped {plan.Count(ImportAction.Skip)} for other States)" : string.Empty));

    private static Dictionary<SheetField, string>? ParseMap(string[]? pairs)
    {
        var map = new Dictionary<SheetField, string>();
        foreach (var pair in pairs ?? [])
        {
            var parts = pair.Split('=', 2);
            if (parts.Length != 2 || !Enum.TryParse<SheetField>(parts[0], ignoreCase: true, out var field))
            {
                return null;
            }

            map[field] = parts[1];
        }

        return map;
    }
}
