using Simore.Core.Importing.Uhri;
using Simore.Core.Importing.UprInfo;
using Simore.Core.Registry;

namespace Simore.Core.Importing.Sheet;

/// <summary>
/// The document of a sheet row: its columns where mapped, the administrator's defaults otherwise;
/// the body may also be read from a treaty-body symbol ("CEDAW/C/SVN/CO/7").
/// </summary>
internal sealed class SheetDocuments(SheetColumns columns, DocumentReference? defaults)
{
    public DocumentReference? Resolve(SheetRow row, List<ImportProblem> problems)
    {
        var before = problems.Count;
        var symbol = columns.Text(row, SheetField.DocumentSymbol) ?? NullIfBlank(defaults?.Symbol);
        if (symbol is null)
        {
            problems.Add(new ImportProblem(row.RowNumber, columns.Header(SheetField.DocumentSymbol), "The document symbol is empty."));
        }

        var body = Body(row, symbol, problems);
        var mechanism = Mechanism(row, problems) ?? body?.Mechanism;
        var session = Number(row, SheetField.Session, "The session \"{0}\" is not a number.", problems) ?? defaults?.Session;
        var cycle = Number(row, SheetField.Cycle, "The cycle \"{0}\" is not a number.", problems)
            ?? defaults?.Cycle
            ?? (mechanism == Registry.Mechanism.Upr ? UprCycles.OfSession(session) : null);
        DateOnly? published = defaults?.PublishedOn;
        if (!SheetCells.TryDate(columns.Raw(row, SheetField.Date), out var date))
        {
            problems.Add(new ImportProblem(row.RowNumber, columns.Header(SheetField.Date), "The date \"{0}\" is not a date.", columns.Text(row, SheetField.Date) ?? string.Empty));
        }

        if (problems.Count > before || symbol is null || body is null || mechanism is null)
        {
            return null;
        }

        return new DocumentReference(symbol, mechanism.Value, body.Code, cycle, session, date ?? published, defaults?.Title, body.Mandate);
    }

    private RecommendingBody? Body(SheetRow row, string? symbol, List<ImportProblem> problems)
    {
        if (columns.Text(row, SheetField.Body) is string name)
        {
            var body = RecommendingBodies.Resolve(name);
            if (body is null)
            {
                problems.Add(new ImportProblem(row.RowNumber, columns.Header(SheetField.Body), "The recommending body \"{0}\" is not known.", name));
            }

            return body;
        }

        if (defaults is not null)
        {
            return new RecommendingBody(defaults.BodyCode, defaults.Mechanism, defaults.Mandate);
        }

        var fromSymbol = RecommendingBodies.FromSymbol(symbol);
        if (fromSymbol is null && symbol is not null)
        {
            problems.Add(new ImportProblem(row.RowNumber, null, "Give the recommending body: map a column to it or enter one for the whole file."));
        }

        return fromSymbol;
    }

    private Mechanism? Mechanism(SheetRow row, List<ImportProblem> problems)
    {
        var text = columns.Text(row, SheetField.Mechanism);
        if (text is null)
        {
            return null;
        }

        var key = text.ToLowerInvariant().Replace(" ", string.Empty, StringComparison.Ordinal).TrimEnd('s');
        Mechanism? mechanism = key switch
        {
            "upr" or "universalperiodicreview" => Registry.Mechanism.Upr,
            "treatybody" or "treatybodie" or "tb" => Registry.Mechanism.TreatyBody,
            "specialprocedure" or "sp" => Registry.Mechanism.SpecialProcedure,
            "regional" or "regionalmechanism" => Registry.Mechanism.Regional,
            _ => null,
        };
        if (mechanism is null)
        {
            problems.Add(new ImportProblem(row.RowNumber, columns.Header(SheetField.Mechanism), "The mechanism \"{0}\" is not known.", text));
        }

        return mechanism;
    }

    private int? Number(SheetRow row, SheetField field, string message, List<ImportProblem> problems)
    {
        if (SheetCells.TryNumber(columns.Raw(row, field), out var number))
        {
            return number;
        }

        problems.Add(new ImportProblem(row.RowNumber, columns.Header(field), message, columns.Text(row, field) ?? string.Empty));
        return null;
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
