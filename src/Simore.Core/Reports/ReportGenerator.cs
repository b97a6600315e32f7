using System.Globalization;
using Simore.Core.Reports.Compose;
using Simore.Core.Reports.Html;
using Simore.Core.Reports.Model;
using Simore.Core.Reports.Pdf;
using Simore.Core.Reports.Sheets;
using Simore.Core.Reports.Word;

namespace Simore.Core.Reports;

public sealed record GeneratedReport(byte[] Content, string FileName, string ContentType, int? WordCount);

/// <summary>
/// Builds a report of the current tenant and renders it in a format: the one path the background
/// job, the command line and the benchmark share. Progress goes from 0 to 100.
/// </summary>
public sealed class ReportGenerator(ReportBuilder builder, PdfRenderer pdf)
{
    public async Task<GeneratedReport> GenerateAsync(
        ReportKind kind, ReportFormat format, ReportOptions options, Func<int, Task>? progress = null, CancellationToken cancellationToken = default)
    {
        if (!ReportFormats.Allows(kind, format))
        {
            throw new ArgumentException($"A {kind} report is not made as {format}.", nameof(format));
        }

        progress ??= _ => Task.CompletedTask;
        await progress(10);
        var model = await builder.BuildAsync(kind, options, cancellationToken);
        await progress(40);
        var text = new ReportText(options.Language);
        var fileName = FileName(model, format);
        if (kind == ReportKind.Matrix)
        {
            var matrix = MatrixTable.Build(model, text);
            var content = format == ReportFormat.Xlsx
                ? ExcelMatrixWriter.Write(matrix, text.L["Implementation matrix"], text.IsRightToLeft)
                : CsvMatrixWriter.Write(matrix);
            return new GeneratedReport(content, fileName, ReportFormats.ContentType(format), null);
        }

        var document = ReportComposer.Compose(model, text);
        await progress(60);
        var bytes = format == ReportFormat.Pdf
            ? await pdf.RenderAsync(document, cancellationToken)
            : WordReportWriter.Write(document);
        return new GeneratedReport(bytes, fileName, ReportFormats.ContentType(format), document.Words?.Words);
    }

    /// <summary>The report as the browser shows it, with the data as they are now.</summary>
    public async Task<string> PreviewAsync(ReportKind kind, ReportOptions options, HtmlOutput output, CancellationToken cancellationToken = default)
    {
        var model = await builder.BuildAsync(kind, options, cancellationToken);
        var text = new ReportText(options.Language);
        return kind == ReportKind.Matrix
            ? HtmlReportWriter.WriteMatrix(MatrixTable.Build(model, text), text.L["Implementation matrix"] + " \u2014 " + model.State.Name, text, output)
            : HtmlReportWriter.Write(ReportComposer.Compose(model, text), output);
    }

    /// <summary>"SVN-national-report-2026-11-24-en.pdf": ASCII only, so every browser and system keeps it.</summary>
    public static string FileName(ReportModel model, ReportFormat format)
    {
        var kind = model.Kind switch
        {
            ReportKind.National => "national-report",
            ReportKind.MidTerm => "midterm-report",
            ReportKind.Matrix => "implementation-matrix",
            _ => "institution-report-" + model.Institution?.Id.ToString(CultureInfo.InvariantCulture),
        };
        return $"{model.State.CountryCode}-{kind}-{model.GeneratedAt.UtcDateTime:yyyy-MM-dd}-{model.Options.Language}.{ReportFormats.Extension(format)}";
    }
}
