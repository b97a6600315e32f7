namespace Simore.Core.Reports.Compose;

/// <summary>Collects blocks in order, numbering headings' anchors as it goes.</summary>
internal sealed class DocumentWriter
{
    private readonly List<Block> _blocks = [];
    private int _anchors;
    private int _main;
    private int _sub;

    public IReadOnlyList<Block> Blocks => _blocks;

    public void Add(Block block) => _blocks.Add(block);

    /// <summary>"I.", "II.": a main heading; sub-headings under it start again at "A.".</summary>
    public void Main(string text)
    {
        _main++;
        _sub = 0;
        _blocks.Add(new HeadingBlock(1, ReportText.Roman(_main) + ".", text, Anchor()));
    }

    public void Sub(string text, string? covering = null)
    {
        _sub++;
        _blocks.Add(new HeadingBlock(2, ReportText.Letter(_sub) + ".", text, Anchor(), covering));
    }

    /// <summary>An unlettered heading (an annex, a recommendation under its cluster).</summary>
    public void Plain(int level, string text, string? covering = null) =>
        _blocks.Add(new HeadingBlock(level, null, text, Anchor(), covering));

    public void Numbered(string text) => _blocks.Add(new ParagraphBlock(ParagraphKind.Numbered, text));

    public void Numbered(params Span[] runs) => _blocks.Add(new ParagraphBlock(ParagraphKind.Numbered, runs));

    public void Body(string text) => _blocks.Add(new ParagraphBlock(ParagraphKind.Body, text));

    public void Note(string text) => _blocks.Add(new ParagraphBlock(ParagraphKind.Note, [new Span(text, SpanStyle.Italic)]));

    public void Paragraph(ParagraphKind kind, params Span[] runs) => _blocks.Add(new ParagraphBlock(kind, runs));

    private string Anchor() => "s" + (++_anchors).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
