using System.Collections.Frozen;

namespace Simore.Core.Importing.Sheet;

/// <summary>
/// Proposes which column holds which field from the header names people actually use (English,
/// UHRI's spellings, UPR Info's, scraped lists'). The administrator confirms or corrects it.
/// </summary>
internal static class SheetColumnGuess
{
    private static readonly FrozenDictionary<string, SheetField> Names = new (SheetField Field, string[] Names)[]
    {
        (SheetField.Text, ["text", "recommendation", "recommendations", "recommendation text", "full text", "recommendation and recommending state"]),
        (SheetField.Paragraph, ["paragraph", "para", "para.", "paragraph number", "no.", "no", "n\u00B0", "number", "#", "ref", "ref.", "reference", "recommendation number", "rec. no."]),
        (SheetField.DocumentSymbol, ["symbol", "document", "document symbol", "doc", "doc. symbol", "report", "source document"]),
        (SheetField.Body, ["body", "recommending body", "reccomending body", "treaty body"]),
        (SheetField.Mechanism, ["mechanism", "type of mechanism"]),
        (SheetField.Cycle, ["cycle", "upr cycle"]),
        (SheetField.Session, ["session", "upr session"]),
        (SheetField.Date, ["date", "year", "publication date", "document publication date", "date of publication", "date of document"]),
        (SheetField.StateUnderReview, ["to", "state under review", "state", "country", "countries concerned", "country concerned", "sur"]),
        (SheetField.RecommendingStates, ["from", "recommending state", "recommending states", "recommending state(s)", "recommended by", "upr reccomending states", "upr recommending states"]),
        (SheetField.Position, ["position", "decision", "response", "upr position", "state position"]),
        (SheetField.PositionSource, ["source of position", "position source"]),
        (SheetField.Themes, ["themes", "theme", "issues", "issue", "topics", "topic", "human rights themes"]),
        (SheetField.Groups, ["groups", "groups of persons", "affected persons", "persons concerned"]),
        (SheetField.Sdgs, ["sdg", "sdgs", "goals", "sustainable development goals", "relevant sdgs"]),
        (SheetField.Keywords, ["keywords", "tags", "action", "action category"]),
        (SheetField.ExternalId, ["id", "external id", "annotation id", "ohchr annotation id"]),
    }
    .SelectMany(f => f.Names.Select(n => (Name: n, f.Field)))
    .ToFrozenDictionary(n => n.Name, n => n.Field, StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyDictionary<SheetField, string> Guess(IReadOnlyList<string> headers)
    {
        var map = new Dictionary<SheetField, string>();
        foreach (var header in headers)
        {
            var name = string.Join(' ', header.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd(':');
            if (Names.TryGetValue(name, out var field) && !map.ContainsKey(field))
            {
                map[field] = header;
            }
        }

        return map;
    }
}
