using System.Globalization;
using Simore.Core.Importing.Sheet;
using Simore.Core.Importing.TextFiles;
using Simore.Core.Registry;

namespace Simore.Core.Importing.UprInfo;

/// <summary>
/// The legacy export of the UPR Info database: one row per recommending State, no paragraph
/// numbers. Rows with the same State under review, session and text are one recommendation; its
/// paragraph is its order of first appearance for that State and session, so the same file
/// always gives the same keys.
/// </summary>
public sealed class UprInfoCsvReader : IRecommendationReader
{
    public const string Header = "To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session";

    private static readonly string[] Required = ["To", "Text", "From", "Response", "Action", "Issue", "Session"];

    public string Format => "uprinfo-csv";

    public ParsedFile Read(Stream content, ReadOptions options)
    {
        var bytes = StreamBytes.ReadAll(content);
        if (bytes is null || SheetLoader.IsZip(bytes))
        {
            return Failed("The file is not a UPR Info export (a .csv file).");
        }

        if (!SheetLoader.TryLoad(bytes, out var table, out var problem))
        {
            return new ParsedFile(Format, [], [problem]);
        }

        var missing = Required.Where(c => table.IndexOf(c) < 0).ToList();
        if (missing.Count > 0)
        {
            return Failed("The file is not a UPR Info export: the columns {0} are missing.", string.Join(", ", missing));
        }

        var columns = Required.ToDictionary(c => c, table.IndexOf, StringComparer.Ordinal);
        // The text is part of the key here, and only white space and final punctuation may differ.
        var merger = new RecordMerger(StringComparer.Ordinal);
        var ordinals = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            string? Cell(string column) => SheetCells.Text(row[columns[column]]);
            var to = Cell("To");
            var text = Cell("Text");
            var sessionText = Cell("Session");
            if (to is null || text is null || !TryParseSession(sessionText, out var session))
            {
                Report(merger.Problems, row.RowNumber, to, text, sessionText);
                continue;
            }

            var position = Cell("Response");
            var key = RecordMerger.Key(to, sessionText, TextCleanup.SameTextKey(text));
            var draft = merger.Find(key);
            if (draft is null)
            {
                var ordinalKey = RecordMerger.Key(to, sessionText);
                var paragraph = ordinals[ordinalKey] = ordinals.GetValueOrDefault(ordinalKey) + 1;
                var document = new DocumentReference(
                    string.Create(CultureInfo.InvariantCulture, $"UPR-WG/{session}/{to}"), Mechanism.Upr, "UPR", UprCycles.OfSession(session), session, null, null, null);
                draft = merger.Add(key, new RecordDraft(row.RowNumber, to, document, paragraph.ToString(CultureInfo.InvariantCulture), TextCleanup.CollapseWhitespace(text)));
                draft.AcceptsPosition(position);
            }
            else if (!merger.Join(draft, row.RowNumber, text, position, "Response"))
            {
                continue;
            }

            draft.AddStates(Cell("From") is string from ? [from] : []);
            draft.AddKeywords(SheetCells.Lines(Cell("Issue"), ','));
            draft.AddKeywords(Cell("Action") is string action ? ["Action category " + action] : []);
        }

        return merger.ToParsedFile(Format);
    }

    private static bool TryParseSession(string? text, out int session) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out session) && session > 0;

    private static void Report(List<ImportProblem> problems, int row, string? to, string? text, string? sessionText)
    {
        if (to is null)
        {
            problems.Add(new ImportProblem(row, "To", "The State under review is empty."));
        }

        if (text is null)
        {
            problems.Add(new ImportProblem(row, "Text", "The recommendation has no text."));
        }

        if (!TryParseSession(sessionText, out _))
        {
            problems.Add(new ImportProblem(row, "Session", "The session \"{0}\" is not a number.", sessionText ?? string.Empty));
        }
    }

    private ParsedFile Failed(string message, params string[] arguments) =>
        new(Format, [], [new ImportProblem(0, null, message, arguments)]);
}
