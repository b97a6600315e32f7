using Simore.Core.Tenancy;

namespace Simore.Core.Importing;

public enum ImportStatus
{
    /// <summary>Read and previewed; waiting for the administrator to confirm.</summary>
    Previewed = 1,
    Committed = 2,

    /// <summary>The file had problems; nothing was written.</summary>
    Rejected = 3,

    /// <summary>Replaced by a newer preview or abandoned.</summary>
    Discarded = 4,

    /// <summary>A generic sheet waiting for the administrator to say which column holds what.</summary>
    NeedsMapping = 5,
}

/// <summary>An uploaded file, its preview and, once confirmed, what it changed.</summary>
public sealed class ImportBatch : TenantEntity
{
    public required string FileName { get; set; }

    public required string Format { get; set; }

    /// <summary>SHA-256 of the content, to tell a re-import of the same file.</summary>
    public required string Sha256 { get; set; }

    public long Size { get; set; }

    /// <summary>The file itself, kept until the preview is confirmed or discarded.</summary>
    public byte[]? Content { get; set; }

    /// <summary>The reading options (column map, document defaults) as JSON.</summary>
    public string? Options { get; set; }

    public ImportStatus Status { get; set; }

    public int Created { get; set; }

    public int Updated { get; set; }

    public int Unchanged { get; set; }

    public int Merged { get; set; }

    public int Rejected { get; set; }

    public int Skipped { get; set; }

    /// <summary>The rows' problems as JSON (row, column, message, arguments).</summary>
    public string? Problems { get; set; }

    public required string CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? CommittedAt { get; set; }

    public uint Version { get; set; }
}
