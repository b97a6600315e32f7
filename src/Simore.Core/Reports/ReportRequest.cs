using Simore.Core.Tenancy;

namespace Simore.Core.Reports;

/// <summary>
/// One generated (or to be generated) draft: what was asked, by whom, how far the job is, and where
/// the file is. The history of a tenant's drafts is the list of these rows.
/// </summary>
public sealed class ReportRequest : TenantEntity
{
    public ReportKind Kind { get; set; }

    public ReportFormat Format { get; set; }

    public ReportOptions Options { get; set; } = new();

    /// <summary>Copied from the options for the history list.</summary>
    public required string Language { get; set; }

    public Guid? RequestedById { get; set; }

    public required string RequestedByName { get; set; }

    public DateTimeOffset RequestedAt { get; set; }

    public ReportState State { get; set; } = ReportState.Queued;

    /// <summary>0–100, written by the job as it goes.</summary>
    public int Progress { get; set; }

    /// <summary>Why the last attempt failed, in words a drafter can act on (see <see cref="ReportFailure"/>).</summary>
    public string? Error { get; set; }

    /// <summary>The exception's own message, for the administrator who investigates.</summary>
    public string? ErrorDetail { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>Where the file is in the file storage; set only when the request succeeded.</summary>
    public string? FileKey { get; set; }

    public string? FileName { get; set; }

    public long? FileSize { get; set; }

    /// <summary>Words of the body (national report), for the history list.</summary>
    public int? WordCount { get; set; }

    public uint Version { get; set; }
}
