namespace Simore.Core.Reports.Compose;

/// <summary>
/// A report laid out as a sequence of blocks (headings, numbered paragraphs, tables, a chart), once
/// for every output: the HTML writer (preview and PDF) and the Word writer only decide how each
/// block looks, so a PDF and a Word file of the same request say the same thing.
/// </summary>
public sealed record ReportDocument(string Title, string Language, bool RightToLeft, string? Symbol, TitlePage TitlePage, IReadOnlyList<Block> Blocks)
{
    /// <summary>The body's words (title page, contents, drafting notes and annexes excluded) against the limit, when the document has one.</summary>
    public WordBudget? Words { get; init; }

    public IEnumerable<HeadingBlock> Contents => Blocks.OfType<HeadingBlock>().Where(h => h.Level <= 2);
}

/// <summary>The UN masthead and title of the first page.</summary>
public sealed record TitlePage(
    IReadOnlyList<string> Masthead,
    IReadOnlyList<string> Distribution,
    IReadOnlyList<string> Meeting,
    string Title,
    string Subtitle,
    string DraftNote,
    string? Period);

/// <summary>The number of words of the body and the limit the document must keep to.</summary>
public sealed record WordBudget(int Words, int Limit, string Label)
{
    public bool Over => Words > Limit;
}

public abstract record Block;

/// <summary>Where the table of contents goes; the headings of levels 1 and 2 fill it.</summary>
public sealed record ContentsBlock(string Heading) : Block;

/// <summary>
/// "I. Methodology", "A. International obligations" with the recommendations it covers below it.
/// The anchor links the table of contents to it.
/// </summary>
public sealed record HeadingBlock(int Level, string? Label, string Text, string Anchor, string? Covering = null) : Block;

public enum ParagraphKind
{
    /// <summary>Plain body text.</summary>
    Body,

    /// <summary>A UN numbered paragraph; numbering runs through the whole body.</summary>
    Numbered,

    /// <summary>A recommendation quoted at the head of its follow-up.</summary>
    Lead,

    /// <summary>Details under a lead paragraph (status, institutions, actions).</summary>
    Indented,

    /// <summary>A note for the drafter (something missing, not yet published); not part of the word count.</summary>
    Note,
}

public enum SpanStyle
{
    Plain,
    Bold,
    Italic,
}

/// <summary>The traffic-light colour of an implementation status.</summary>
public enum StatusTone
{
    Fully,
    Partially,
    InProgress,
    NotStarted,
    NoInformation,
}

public sealed record Span(string Text, SpanStyle Style = SpanStyle.Plain, StatusTone? Tone = null);

public sealed record ParagraphBlock(ParagraphKind Kind, IReadOnlyList<Span> Runs) : Block
{
    public ParagraphBlock(ParagraphKind kind, string text)
        : this(kind, [new Span(text)])
    {
    }

    public string Text => string.Concat(Runs.Select(r => r.Text));
}

public sealed record TableColumn(string Header, int Weight = 1, bool Numeric = false);

public sealed record Cell(string Text, StatusTone? Tone = null, bool Bold = false)
{
    public static implicit operator Cell(string text) => new(text);
}

public sealed record TableBlock(IReadOnlyList<TableColumn> Columns, IReadOnlyList<IReadOnlyList<Cell>> Rows, string? Caption = null) : Block;

/// <summary>Horizontal bars of status counts, one per row (all recommendations, supported, noted…).</summary>
public sealed record StatusChartBlock(string Caption, IReadOnlyList<(StatusTone Tone, string Label)> Legend, IReadOnlyList<StatusBar> Bars) : Block;

public sealed record StatusBar(string Label, IReadOnlyDictionary<StatusTone, int> Counts)
{
    public int Total => Counts.Values.Sum();
}

/// <summary>Everything after it is an annex: a new page (landscape), outside the word count.</summary>
public sealed record AnnexBlock : Block;
