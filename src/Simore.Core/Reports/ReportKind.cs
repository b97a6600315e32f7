namespace Simore.Core.Reports;

/// <summary>The documents a drafter can generate.</summary>
public enum ReportKind
{
    /// <summary>The draft of the State's national report for its next UPR review.</summary>
    National = 1,

    /// <summary>The voluntary mid-term report, about two and a half years after the review.</summary>
    MidTerm = 2,

    /// <summary>One row per recommendation: who does what, how far it is.</summary>
    Matrix = 3,

    /// <summary>What one institution has and has not reported.</summary>
    Institution = 4,
}

public enum ReportFormat
{
    Pdf = 1,
    Docx = 2,
    Xlsx = 3,
    Csv = 4,
}

public enum ReportState
{
    Queued = 1,
    Running = 2,
    Succeeded = 3,
    Failed = 4,
}

public static class ReportFormats
{
    /// <summary>Documents are read and edited (PDF, Word); the matrix is a table to sort and filter.</summary>
    public static IReadOnlyList<ReportFormat> For(ReportKind kind) => kind == ReportKind.Matrix
        ? [ReportFormat.Xlsx, ReportFormat.Csv]
        : [ReportFormat.Pdf, ReportFormat.Docx];

    public static bool Allows(ReportKind kind, ReportFormat format) => For(kind).Contains(format);

    public static string Extension(ReportFormat format) => format switch
    {
        ReportFormat.Pdf => "pdf",
        ReportFormat.Docx => "docx",
        ReportFormat.Xlsx => "xlsx",
        _ => "csv",
    };

    public static string ContentType(ReportFormat format) => format switch
    {
        ReportFormat.Pdf => "application/pdf",
        ReportFormat.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ReportFormat.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => "text/csv; charset=utf-8",
    };

    /// <summary>Command-line and URL spelling: national, midterm, matrix, institution.</summary>
    public static ReportKind? ParseKind(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "national" => ReportKind.National,
        "midterm" or "mid-term" => ReportKind.MidTerm,
        "matrix" => ReportKind.Matrix,
        "institution" => ReportKind.Institution,
        _ => null,
    };

    public static ReportFormat? ParseFormat(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "pdf" => ReportFormat.Pdf,
        "docx" or "word" => ReportFormat.Docx,
        "xlsx" or "excel" => ReportFormat.Xlsx,
        "csv" => ReportFormat.Csv,
        _ => null,
    };

    public static string Slug(ReportKind kind) => kind switch
    {
        ReportKind.National => "national",
        ReportKind.MidTerm => "midterm",
        ReportKind.Matrix => "matrix",
        _ => "institution",
    };
}
