using Simore.Core.Registry;

namespace Simore.Core.Importing;

/// <summary>
/// One recommendation as a file describes it, whatever the format. Readers produce these; the
/// import planner compares them with the registry; nothing here touches the database.
/// </summary>
/// <param name="RowNumber">The file row a person would point at (sheets count the header as row 1; Word tables count rows from 1).</param>
/// <param name="SourceRows">Every row merged into this record (UPR Info has one row per recommending State).</param>
/// <param name="StateUnderReview">The State the recommendation is addressed to, as written, when the file says so.</param>
/// <param name="Paragraph">The reference inside the document: "140.7", "12 (b)"; for files without numbers, a stable ordinal.</param>
/// <param name="Text">The official text without its number and without the recommending States.</param>
/// <param name="RecommendingStates">As written in the file ("St Kitts &amp; Nevis"); resolved to ISO codes by the planner.</param>
/// <param name="Position">As written ("Supported", "Accepted", "reject"); mapped by <see cref="PositionParser"/>.</param>
/// <param name="PositionSource">Where the position was given, e.g. "A/HRC/59/15/Add.1 - Para.3".</param>
/// <param name="Themes">Theme labels as written: current UHRI names, or legacy labels such as "A12 Acceptance of international norms".</param>
/// <param name="Groups">Groups of persons (affected persons) as written.</param>
/// <param name="Sdgs">SDG goals ("16") or targets ("16.3").</param>
/// <param name="Keywords">Other tags of the source that map to nothing in our taxonomy (UPR Info issues, action category).</param>
/// <param name="ExternalId">The source's own identifier, e.g. the UHRI annotation id.</param>
public sealed record ImportRecord(
    int RowNumber,
    IReadOnlyList<int> SourceRows,
    string? StateUnderReview,
    DocumentReference Document,
    string Paragraph,
    string Text,
    IReadOnlyList<string> RecommendingStates,
    string? Position,
    string? PositionSource,
    IReadOnlyList<string> Themes,
    IReadOnlyList<string> Groups,
    IReadOnlyList<string> Sdgs,
    IReadOnlyList<string> Keywords,
    string? ExternalId)
{
    /// <summary>The heading the source listed the recommendation under (OHCHR's "Theme: …" rows).</summary>
    public string? ListedUnder { get; init; }
}

/// <summary>The document a recommendation comes from; its symbol is the key.</summary>
/// <param name="Symbol">UN document symbol ("A/HRC/59/15", "CEDAW/C/SVN/CO/7"), or a stable pseudo-symbol when the source has none.</param>
/// <param name="BodyCode">UPR, CERD, CCPR, CESCR, CEDAW, CAT, SPT, CRC, CMW, CRPD, CED, SP (special procedures), IACHR, IACtHR, …</param>
/// <param name="Mandate">The special-procedure mandate, e.g. "Special Rapporteur on trafficking in persons".</param>
public sealed record DocumentReference(
    string Symbol,
    Mechanism Mechanism,
    string BodyCode,
    int? Cycle,
    int? Session,
    DateOnly? PublishedOn,
    string? Title,
    string? Mandate);

/// <summary>What a reader made of a file: records, and problems that reject the file (with row and column).</summary>
public sealed record ParsedFile(string Format, IReadOnlyList<ImportRecord> Records, IReadOnlyList<ImportProblem> Problems);

/// <summary>Choices the administrator makes for formats that need them.</summary>
/// <param name="ColumnMap">For generic sheets: field → column header (see <see cref="SheetField"/>).</param>
/// <param name="Defaults">For generic sheets: document values used when no column gives them.</param>
/// <param name="ExtractFromText">For generic sheets: take the paragraph number and the "(State)" groups out of the text.</param>
public sealed record ReadOptions(
    IReadOnlyDictionary<SheetField, string>? ColumnMap = null,
    DocumentReference? Defaults = null,
    bool ExtractFromText = false);

/// <summary>The fields a generic sheet's columns can be mapped to.</summary>
public enum SheetField
{
    Text,
    Paragraph,
    DocumentSymbol,
    Body,
    Mechanism,
    Cycle,
    Session,
    Date,
    StateUnderReview,
    RecommendingStates,
    Position,
    PositionSource,
    Themes,
    Groups,
    Sdgs,
    Keywords,
    ExternalId,
}

/// <summary>Reads one file format into records.</summary>
public interface IRecommendationReader
{
    /// <summary>The format's name on the command line and in the upload form: ohchr-docx, uhri-xlsx, uhri-json, uprinfo-csv, sheet.</summary>
    string Format { get; }

    ParsedFile Read(Stream content, ReadOptions options);
}
