using System.Security.Cryptography;
using System.Text.Json;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Simore.Core.Auditing;
using Simore.Core.Data;
using Simore.Core.Registry.Similarity;
using Simore.Core.Tenancy;

namespace Simore.Core.Importing;

/// <summary>
/// Imports files into the current tenant in two steps: a preview that writes nothing to the registry,
/// then a commit that writes everything or nothing. The file is read and planned again at commit, so
/// changes made in between are taken into account.
/// </summary>
public sealed class ImportService(
    SimoreDbContext db,
    ImportPlanner planner,
    ReaderCatalog readers,
    ICurrentUser user,
    TimeProvider clock,
    ITenantContext tenantContext,
    IBackgroundJobClient jobs)
{
    public const long MaxBytes = 20 * 1024 * 1024;

    public const string SheetFormat = "sheet";

    /// <summary>Reads and plans the file. With <paramref name="keep"/> the batch is stored so that it can be confirmed.</summary>
    public async Task<ImportPreview> PreviewAsync(ImportRequest request, bool keep = true, CancellationToken cancellationToken = default)
    {
        var (plan, format) = Plan(request);
        var needsMapping = plan is null && format == SheetFormat && request.Options.ColumnMap is null;
        if (plan is null && !needsMapping)
        {
            plan = await planner.PlanAsync(Read(request, format!), cancellationToken);
        }

        plan ??= new ImportPlan(format!, [], [], [], []);

        var batch = new ImportBatch
        {
            FileName = Path.GetFileName(request.FileName),
            Format = format ?? "unknown",
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(request.Content)),
            Size = request.Content.LongLength,
            Content = plan.Problems.Count == 0 ? request.Content : null,
            Options = request.SerializeChoices(),
            Status = needsMapping ? ImportStatus.NeedsMapping : plan.Problems.Count == 0 ? ImportStatus.Previewed : ImportStatus.Rejected,
            CreatedBy = user.Name,
            CreatedAt = clock.GetUtcNow(),
        };
        Count(batch, plan);
        if (keep)
        {
            db.ImportBatches.Add(batch);
            await db.SaveChangesAsync(cancellationToken);
        }

        return new ImportPreview(batch, plan);
    }

    /// <summary>Records how a generic sheet's columns map to fields, and plans the batch with them.</summary>
    public async Task<ImportPreview?> MapAsync(long batchId, ReadOptions options, CancellationToken cancellationToken = default)
    {
        var batch = await db.ImportBatches.FirstOrDefaultAsync(b => b.Id == batchId && b.Content != null, cancellationToken);
        if (batch is null || batch.Status is not (ImportStatus.NeedsMapping or ImportStatus.Previewed))
        {
            return null;
        }

        var (format, _, clusters) = ImportRequest.DeserializeChoices(batch.Options);
        var request = new ImportRequest(batch.FileName, batch.Content!, format ?? batch.Format, options, clusters);
        var plan = await planner.PlanAsync(Read(request, batch.Format), cancellationToken);
        batch.Options = request.SerializeChoices();
        batch.Status = plan.Problems.Count == 0 ? ImportStatus.Previewed : ImportStatus.NeedsMapping;
        Count(batch, plan);
        await db.SaveChangesAsync(cancellationToken);
        return new ImportPreview(batch, plan);
    }

    /// <summary>The preview of a stored batch, planned again against the registry as it is now.</summary>
    public async Task<ImportPreview?> ReviewAsync(long batchId, CancellationToken cancellationToken = default)
    {
        var batch = await db.ImportBatches.FirstOrDefaultAsync(b => b.Id == batchId, cancellationToken);
        if (batch is null)
        {
            return null;
        }

        if (batch.Status == ImportStatus.NeedsMapping && ImportRequest.DeserializeChoices(batch.Options).Options.ColumnMap is null)
        {
            return new ImportPreview(batch, new ImportPlan(batch.Format, [], [], [], []));
        }

        if (batch.Content is null)
        {
            var problems = batch.Problems is null ? [] : JsonSerializer.Deserialize<List<ImportProblem>>(batch.Problems) ?? [];
            return new ImportPreview(batch, new ImportPlan(batch.Format, [], problems, [], []));
        }

        var request = RequestOf(batch);
        return new ImportPreview(batch, await planner.PlanAsync(Read(request, batch.Format), cancellationToken));
    }

    /// <summary>Writes the batch into the registry in one transaction, or nothing when the file has problems now.</summary>
    public async Task<ImportPreview?> CommitAsync(long batchId, CancellationToken cancellationToken = default)
    {
        var preview = await ReviewAsync(batchId, cancellationToken);
        if (preview is null || preview.Batch.Status != ImportStatus.Previewed)
        {
            return preview;
        }

        var (batch, plan) = preview;
        Count(batch, plan);
        if (plan.Problems.Count > 0)
        {
            batch.Status = ImportStatus.Rejected;
            batch.Content = null;
            await db.SaveChangesAsync(cancellationToken);
            return preview;
        }

        await ApplyAsync(batch, plan, cancellationToken);
        return preview;
    }

    /// <summary>Reads, plans and commits in one pass, for the command line: nothing is written when the file has problems.</summary>
    public async Task<ImportPreview> ImportAsync(ImportRequest request, CancellationToken cancellationToken = default)
    {
        var preview = await PreviewAsync(request, keep: false, cancellationToken);
        var (batch, plan) = preview;
        if (batch.Status != ImportStatus.Previewed || !plan.CanCommit)
        {
            return preview;
        }

        db.ImportBatches.Add(batch);
        await ApplyAsync(batch, plan, cancellationToken);
        return preview;
    }

    private async Task ApplyAsync(ImportBatch batch, ImportPlan plan, CancellationToken cancellationToken)
    {
        var (_, _, clustersFromHeadings) = ImportRequest.DeserializeChoices(batch.Options);
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            if (batch.Id == 0)
            {
                await db.SaveChangesAsync(cancellationToken);
            }

            await new ImportApplier(db, user, clock).ApplyAsync(plan, batch, clustersFromHeadings, cancellationToken);
            batch.Status = ImportStatus.Committed;
            batch.CommittedAt = clock.GetUtcNow();
            batch.Content = null;
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        if (plan.Count(ImportAction.Create) > 0)
        {
            var tenantId = tenantContext.TenantId!.Value;
            var batchId = batch.Id;
            jobs.Enqueue<LinkProposalJob>(job => job.RunAsync(tenantId, batchId, CancellationToken.None));
        }
    }

    /// <summary>Drops a batch still waiting for confirmation; one already committed or discarded stays as it is.</summary>
    /// <returns>False when the tenant has no such batch.</returns>
    public async Task<bool> DiscardAsync(long batchId, CancellationToken cancellationToken = default)
    {
        var batch = await db.ImportBatches.FirstOrDefaultAsync(b => b.Id == batchId, cancellationToken);
        if (batch is null)
        {
            return false;
        }

        if (batch.Status is ImportStatus.Previewed or ImportStatus.NeedsMapping)
        {
            batch.Status = ImportStatus.Discarded;
            batch.Content = null;
            await db.SaveChangesAsync(cancellationToken);
        }

        return true;
    }

    /// <summary>Checks the file and its format; a non-null plan means the file is rejected as a whole.</summary>
    private (ImportPlan? Rejected, string? Format) Plan(ImportRequest request)
    {
        if (FileGuard.Check(request.Content, request.FileName, MaxBytes) is { } problem)
        {
            return (Rejected(problem), null);
        }

        var format = request.Format ?? FormatDetector.Detect(request.Content, request.FileName);
        if (format is null || readers.Find(format) is null)
        {
            return (Rejected(new ImportProblem(0, null, "The format of the file was not recognised. Choose the format, or use a .docx, .xlsx, .json or .csv file.")), format);
        }

        return (null, format);
    }

    private ParsedFile Read(ImportRequest request, string format)
    {
        using var stream = new MemoryStream(request.Content, writable: false);
        return readers.Find(format)!.Read(stream, request.Options);
    }

    private static ImportRequest RequestOf(ImportBatch batch)
    {
        var (format, options, clusters) = ImportRequest.DeserializeChoices(batch.Options);
        return new ImportRequest(batch.FileName, batch.Content!, format ?? batch.Format, options, clusters);
    }

    private static ImportPlan Rejected(ImportProblem problem) => new("unknown", [], [problem], [], []);

    private static void Count(ImportBatch batch, ImportPlan plan)
    {
        batch.Created = plan.Count(ImportAction.Create);
        batch.Updated = plan.Count(ImportAction.Update);
        batch.Unchanged = plan.Count(ImportAction.Unchanged);
        batch.Skipped = plan.Count(ImportAction.Skip);
        batch.Merged = plan.Merged;
        batch.Rejected = plan.RejectedRows;
        batch.Problems = plan.Problems.Count == 0 ? null : JsonSerializer.Serialize(plan.Problems);
    }
}
