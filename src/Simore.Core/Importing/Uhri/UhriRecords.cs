using Simore.Core.Importing.Sheet;
using Simore.Core.Importing.TextFiles;
using Simore.Core.Importing.UprInfo;
using Simore.Core.Registry;

namespace Simore.Core.Importing.Uhri;

/// <summary>
/// Turns UHRI rows (from .xlsx or .json alike) into records. A row's cells are looked up by
/// column name; values are strings, numbers, dates or lists of strings.
/// </summary>
internal sealed class UhriRecords
{
    private const string SourceOfPosition = "Source of position";

    private readonly RecordMerger _merger = new();

    public void Add(int row, Func<string, object?> cell)
    {
        var problems = _merger.Problems;
        var before = problems.Count;
        var rawText = SheetCells.Text(cell(UhriColumns.Text));
        var symbol = SheetCells.Text(cell(UhriColumns.DocumentSymbol));
        var bodyName = SheetCells.Text(cell(UhriColumns.Body));
        var body = RecommendingBodies.Resolve(bodyName);
        Require(row, rawText, UhriColumns.Text, "The recommendation has no text.");
        Require(row, symbol, UhriColumns.DocumentSymbol, "The recommendation has no document symbol.");
        if (bodyName is null)
        {
            problems.Add(new ImportProblem(row, UhriColumns.Body, "The recommending body is empty."));
        }
        else if (body is null)
        {
            problems.Add(new ImportProblem(row, UhriColumns.Body, "The recommending body \"{0}\" is not known.", bodyName));
        }

        var session = Number(row, cell(UhriColumns.Session), UhriColumns.Session);
        var published = Date(row, cell(UhriColumns.PublicationDate), UhriColumns.PublicationDate);
        var states = SheetCells.Lines(cell(UhriColumns.RecommendingStates));
        var id = SheetCells.Text(cell(UhriColumns.AnnotationId));
        var (paragraph, text, positionSource) = SplitText(rawText ?? string.Empty, states, id);
        if (rawText is not null && text.Length == 0)
        {
            problems.Add(new ImportProblem(row, UhriColumns.Text, "The recommendation has no text."));
        }
        else if (rawText is not null && paragraph is null)
        {
            problems.Add(new ImportProblem(row, UhriColumns.Text, "The recommendation has no paragraph number and no annotation id."));
        }

        if (problems.Count > before || body is null || symbol is null || paragraph is null)
        {
            return;
        }

        var countries = SheetCells.Lines(cell(UhriColumns.CountriesConcerned));
        var state = countries.Count > 0 ? countries[0] : null;
        var cycle = body.Mechanism == Mechanism.Upr ? UprCycles.OfSession(session) : null;
        var document = new DocumentReference(symbol, body.Mechanism, body.Code, cycle, session, published, null, body.Mandate);
        var key = RecordMerger.Key(state, symbol, paragraph);
        var position = SheetCells.Text(cell(UhriColumns.Position));
        var draft = _merger.Find(key);
        if (draft is null)
        {
            draft = _merger.Add(key, new RecordDraft(row, state, document, paragraph, text) { ExternalId = id, PositionSource = positionSource });
            draft.AcceptsPosition(position);
        }
        else if (!_merger.Join(draft, row, text, position, UhriColumns.Position))
        {
            return;
        }

        draft.AddStates(states);
        draft.AddThemes(SheetCells.Lines(cell(UhriColumns.Themes)));
        draft.AddGroups(SheetCells.Lines(cell(UhriColumns.AffectedPersons)));
        draft.AddSdgs(SheetCells.Lines(cell(UhriColumns.Sdgs)).Select(SdgCodes.Of).OfType<string>());
    }

    public ParsedFile Result(string format) => _merger.ToParsedFile(format);

    /// <summary>
    /// "140.7 Ratify ... (Maldives) (Portugal);" with an optional "Source of position: ..." line:
    /// the number becomes the paragraph (otherwise "#" and the annotation id), trailing groups that
    /// name this row's recommending States come off, and the source line becomes the position source.
    /// </summary>
    private static (string? Paragraph, string Text, string? PositionSource) SplitText(string raw, IReadOnlyList<string> states, string? id)
    {
        var lines = raw.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
        var source = lines.FirstOrDefault(l => l.StartsWith(SourceOfPosition, StringComparison.OrdinalIgnoreCase));
        string? positionSource = null;
        if (source is not null)
        {
            lines.Remove(source);
            positionSource = source[SourceOfPosition.Length..].TrimStart(':', ' ').Trim();
        }

        var (paragraph, text) = ParagraphPrefix.Split(string.Join('\n', lines));
        if (states.Count > 0)
        {
            var named = new HashSet<string>(states.Select(CountryDirectory.Normalize), StringComparer.Ordinal);
            text = TrailingStates.Split(text, name => named.Contains(CountryDirectory.Normalize(name))).Text;
        }

        paragraph ??= id is null ? null : "#" + id;
        return (paragraph, text, string.IsNullOrEmpty(positionSource) ? null : positionSource);
    }

    private void Require(int row, string? value, string column, string message)
    {
        if (value is null)
        {
            _merger.Problems.Add(new ImportProblem(row, column, message));
        }
    }

    private int? Number(int row, object? value, string column)
    {
        if (SheetCells.TryNumber(value, out var number))
        {
            return number;
        }

        _merger.Problems.Add(new ImportProblem(row, column, "The session \"{0}\" is not a number.", SheetCells.Text(value) ?? string.Empty));
        return null;
    }

    private DateOnly? Date(int row, object? value, string column)
    {
        if (SheetCells.TryDate(value, out var date))
        {
            return date;
        }

        _merger.Problems.Add(new ImportProblem(row, column, "The date \"{0}\" is not a date.", SheetCells.Text(value) ?? string.Empty));
        return null;
    }
}
