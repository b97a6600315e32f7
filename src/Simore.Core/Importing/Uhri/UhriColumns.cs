namespace Simore.Core.Importing.Uhri;

/// <summary>The columns of OHCHR's Universal Human Rights Index export, spelled as OHCHR spells them.</summary>
public static class UhriColumns
{
    public const string Text = "Text";
    public const string CountriesConcerned = "Countries Concerned";
    public const string Body = "Reccomending Body";
    public const string DocumentSymbol = "Document Symbol";
    public const string Themes = "Themes";
    public const string AffectedPersons = "Affected Persons";
    public const string Sdgs = "Sdgs";
    public const string PublicationDate = "Document Publication Date";
    public const string RecommendingStates = "UPR Reccomending States";
    public const string Position = "UPR Position";
    public const string Type = "Type";
    public const string AnnotationId = "OHCHR Annotation Id";
    public const string Session = "UPR Session";
    public const string RegionsConcerned = "Regions Concerned";
    public const string RecommendingRegions = "Recommending Regions";
    public const string PublishedOnUhri = "Date of publication on UHRI";

    public static IReadOnlyList<string> All { get; } =
    [
        Text, CountriesConcerned, Body, DocumentSymbol, Themes, AffectedPersons, Sdgs, PublicationDate,
        RecommendingStates, Position, Type, AnnotationId, Session, RegionsConcerned, RecommendingRegions, PublishedOnUhri,
    ];

    /// <summary>Without these a file is not a UHRI export; the others may be left out of an export.</summary>
    public static IReadOnlyList<string> Required { get; } = [Text, Body, DocumentSymbol];

    /// <summary>Whether the headers (case aside) include all the given columns.</summary>
    public static bool Include(IEnumerable<string> headers, params string[] columns)
    {
        var set = new HashSet<string>(headers.Select(h => h.Trim()), StringComparer.OrdinalIgnoreCase);
        return columns.All(set.Contains);
    }
}
