using Simore.Core.Reports.Model;

namespace Simore.Core.Reports.Compose;

public static class ReportComposer
{
    /// <summary>The document of a report kind; the matrix has none (it is a table, see <see cref="MatrixTable"/>).</summary>
    public static ReportDocument Compose(ReportModel model, ReportText text) => model.Kind switch
    {
        ReportKind.National => NationalReport.Compose(model, text),
        ReportKind.MidTerm => MidTermReport.Compose(model, text),
        ReportKind.Institution => InstitutionReport.Compose(model, text),
        _ => throw new InvalidOperationException("The implementation matrix is a spreadsheet, not a document."),
    };
}
