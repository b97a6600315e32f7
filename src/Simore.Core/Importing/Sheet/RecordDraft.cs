using Simore.Core.Registry;

namespace Simore.Core.Importing.Sheet;

/// <summary>
/// One recommendation while its rows are being read; sources that give one row per recommending
/// State (UPR Info, scraped lists) add their rows to the same draft.
/// </summary>
public sealed class RecordDraft(int rowNumber, string? stateUnderReview, DocumentReference document, string paragraph, string text)
{
    private readonly List<int> _rows = [rowNumber];
    private readonly DistinctList _states = new(CountryDirectory.Normalize);
    private readonly DistinctList _themes = new(v => v);
    private readonly DistinctList _groups = new(v => v);
    private readonly DistinctList _sdgs = new(v => v);
    private readonly DistinctList _keywords = new(v => v);

    public int RowNumber => rowNumber;

    public string Paragraph => paragraph;

    public string Text => text;

    public string? Position { get; private set; }

    public string? PositionSource { get; set; }

    public string? ExternalId { get; set; }

    public void AddRow(int row)
    {
        if (!_rows.Contains(row))
        {
            _rows.Add(row);
        }
    }

    /// <summary>The first position given wins; a different one later is the caller's conflict to report.</summary>
    public bool AcceptsPosition(string? position)
    {
        if (string.IsNullOrWhiteSpace(position))
        {
            return true;
        }

        Position ??= position.Trim();
        return string.Equals(Position, position.Trim(), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"Cote d'Ivoire" from a column and "C\u00F4te d\u2019Ivoire" from the text are one State.</summary>
    public void AddStates(IEnumerable<string> names) => _states.AddRange(names);

    public void AddThemes(IEnumerable<string> values) => _themes.AddRange(values);

    public void AddGroups(IEnumerable<string> values) => _groups.AddRange(values);

    public void AddSdgs(IEnumerable<string> values) => _sdgs.AddRange(values);

    public void AddKeywords(IEnumerable<string> values) => _keywords.AddRange(values);

    public ImportRecord ToRecord() => new(
        rowNumber,
        _rows.ToList(),
        stateUnderReview,
        document,
        paragraph,
        text,
        _states.Items.ToList(),
        Position,
        PositionSource,
        _themes.Items.ToList(),
        _groups.Items.ToList(),
        _sdgs.Items.ToList(),
        _keywords.Items.ToList(),
        ExternalId);

    /// <summary>Values in order of arrival, each once; "once" is decided on a key computed once per value.</summary>
    private sealed class DistinctList(Func<string, string> key)
    {
        private readonly HashSet<string> _keys = new(StringComparer.OrdinalIgnoreCase);

        public List<string> Items { get; } = [];

        public void AddRange(IEnumerable<string> values)
        {
            foreach (var value in values)
            {
                var trimmed = value.Trim();
                if (trimmed.Length > 0 && _keys.Add(key(trimmed)))
                {
                    Items.Add(trimmed);
                }
            }
        }
    }
}
