using System.Globalization;
using Simore.Core.Importing.TextFiles;

namespace Simore.Core.Importing.Sheet;

/// <summary>
/// Collects drafts by key (State under review, document, paragraph) in order of first appearance,
/// and the problems found on the way. A second row with the same key must say the same thing.
/// </summary>
/// <param name="keys">How keys compare; by default without case, as State names are written "albania" or "Albania".</param>
public sealed class RecordMerger(StringComparer? keys = null)
{
    private readonly Dictionary<string, RecordDraft> _byKey = new(keys ?? StringComparer.OrdinalIgnoreCase);
    private readonly List<RecordDraft> _drafts = [];

    public List<ImportProblem> Problems { get; } = [];

    public static string Key(params string?[] parts) => string.Join('\u001F', parts.Select(p => p?.Trim() ?? string.Empty));

    public RecordDraft? Find(string key) => _byKey.GetValueOrDefault(key);

    public RecordDraft Add(string key, RecordDraft draft)
    {
        _byKey.Add(key, draft);
        _drafts.Add(draft);
        return draft;
    }

    /// <summary>
    /// Adds a row to the draft it repeats, or reports why it cannot be the same recommendation.
    /// </summary>
    /// <returns>False when the row contradicts the draft (a problem was added).</returns>
    public bool Join(RecordDraft draft, int row, string text, string? position, string? positionColumn)
    {
        var rowText = draft.RowNumber.ToString(CultureInfo.InvariantCulture);
        if (!string.Equals(TextCleanup.SameTextKey(draft.Text), TextCleanup.SameTextKey(text), StringComparison.Ordinal))
        {
            Problems.Add(new ImportProblem(row, null, "Paragraph {0} is already on row {1} with a different text.", draft.Paragraph, rowText));
            return false;
        }

        if (!draft.AcceptsPosition(position))
        {
            Problems.Add(new ImportProblem(row, positionColumn, "Paragraph {0} is already on row {1} with the position \"{2}\".", draft.Paragraph, rowText, draft.Position ?? string.Empty));
            return false;
        }

        draft.AddRow(row);
        return true;
    }

    public ParsedFile ToParsedFile(string format)
    {
        if (_drafts.Count == 0 && Problems.Count == 0)
        {
            Problems.Add(new ImportProblem(0, null, "The file has no recommendations."));
        }

        return new ParsedFile(format, _drafts.Select(d => d.ToRecord()).ToList(), Problems.OrderBy(p => p.Row).ToList());
    }
}
