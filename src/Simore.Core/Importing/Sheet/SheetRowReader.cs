using System.Globalization;
using Simore.Core.Importing.TextFiles;

namespace Simore.Core.Importing.Sheet;

/// <summary>
/// Reads the rows of a mapped sheet into merged drafts. With <see cref="ReadOptions.ExtractFromText"/>
/// the paragraph number and the trailing "(State)" groups come out of the text; States from a
/// column join those from the text. Rows without any paragraph number are numbered "#1", "#2", ...
/// per State and document, by first appearance of their text.
/// </summary>
internal sealed class SheetRowReader(SheetColumns columns, SheetDocuments documents, bool extract, Func<string, bool> isStateName)
{
    private readonly RecordMerger _merger = new();
    private readonly Dictionary<string, int> _ordinals = new(StringComparer.OrdinalIgnoreCase);

    public ParsedFile Read(IEnumerable<SheetRow> rows, string format)
    {
        foreach (var row in rows)
        {
            Add(row);
        }

        return _merger.ToParsedFile(format);
    }

    private void Add(SheetRow row)
    {
        var problems = _merger.Problems;
        var before = problems.Count;
        var (paragraph, text, textStates) = SplitText(row);
        if (text.Length == 0)
        {
            problems.Add(new ImportProblem(row.RowNumber, columns.Header(SheetField.Text), "The recommendation has no text."));
        }

        var document = documents.Resolve(row, problems);
        if (problems.Count > before || document is null)
        {
            return;
        }

        var state = columns.Text(row, SheetField.StateUnderReview);
        paragraph ??= Ordinal(state, document.Symbol, text);
        var key = RecordMerger.Key(state, document.Symbol, paragraph);
        var position = columns.Text(row, SheetField.Position);
        var draft = _merger.Find(key);
        if (draft is null)
        {
            draft = _merger.Add(key, new RecordDraft(row.RowNumber, state, document, paragraph, text)
            {
                PositionSource = columns.Text(row, SheetField.PositionSource),
                ExternalId = columns.Text(row, SheetField.ExternalId),
            });
            draft.AcceptsPosition(position);
        }
        else if (!_merger.Join(draft, row.RowNumber, text, position, columns.Header(SheetField.Position)))
        {
            return;
        }

        draft.AddStates(textStates);
        draft.AddStates(StateNames.Split(columns.Text(row, SheetField.RecommendingStates), isStateName));
        draft.AddThemes(SheetCells.Lines(columns.Raw(row, SheetField.Themes), ';'));
        draft.AddGroups(SheetCells.Lines(columns.Raw(row, SheetField.Groups), ';'));
        draft.AddSdgs(SheetCells.Lines(columns.Raw(row, SheetField.Sdgs), ';', ','));
        draft.AddKeywords(SheetCells.Lines(columns.Raw(row, SheetField.Keywords), ';'));
    }

    private (string? Paragraph, string Text, IReadOnlyList<string> States) SplitText(SheetRow row)
    {
        var paragraph = columns.Text(row, SheetField.Paragraph)?.TrimEnd('.').Trim();
        var text = TextCleanup.CollapseWhitespace(columns.Text(row, SheetField.Text) ?? string.Empty);
        if (!extract)
        {
            return (string.IsNullOrEmpty(paragraph) ? null : paragraph, text, []);
        }

        var (number, rest) = ParagraphPrefix.Split(text);
        var (withoutStates, states) = TrailingStates.Split(rest, isStateName);
        return (string.IsNullOrEmpty(paragraph) ? number : paragraph, withoutStates, states);
    }

    private string Ordinal(string? state, string symbol, string text)
    {
        var textKey = RecordMerger.Key(state, symbol, "#", TextCleanup.SameTextKey(text));
        if (!_ordinals.TryGetValue(textKey, out var ordinal))
        {
            var counterKey = RecordMerger.Key(state, symbol, "#");
            ordinal = _ordinals[counterKey] = _ordinals.GetValueOrDefault(counterKey) + 1;
            _ordinals[textKey] = ordinal;
        }

        return "#" + ordinal.ToString(CultureInfo.InvariantCulture);
    }
}
