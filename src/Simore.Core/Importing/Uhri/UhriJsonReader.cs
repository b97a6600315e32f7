using System.Globalization;
using System.Text.Json;
using Simore.Core.Importing.Sheet;
using Simore.Core.Importing.TextFiles;

namespace Simore.Core.Importing.Uhri;

/// <summary>
/// The Universal Human Rights Index export as JSON: an array of objects keyed like the workbook's
/// columns, whose values are strings, numbers or arrays of strings. Row numbers count the objects
/// from 1.
/// </summary>
public sealed class UhriJsonReader : IRecommendationReader
{
    private static readonly JsonDocumentOptions Lenient = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public string Format => "uhri-json";

    public ParsedFile Read(Stream content, ReadOptions options)
    {
        var bytes = StreamBytes.ReadAll(content);
        if (bytes is null || bytes.Length == 0 || SheetLoader.IsZip(bytes))
        {
            return Failed("The file is not a UHRI export in JSON (a list of recommendations).");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(TextDecoder.Decode(bytes).Text, Lenient);
        }
        catch (JsonException)
        {
            return Failed("The file is not a UHRI export in JSON (a list of recommendations).");
        }

        using (document)
        {
            return ReadItems(document.RootElement);
        }
    }

    /// <summary>The array itself, or the one array an object wraps it in ({"data": [...]}).</summary>
    internal static JsonElement? ItemsOf(JsonElement root) => root.ValueKind switch
    {
        JsonValueKind.Array => root,
        JsonValueKind.Object when root.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Array).ToList() is [var only] => only.Value,
        _ => null,
    };

    private ParsedFile ReadItems(JsonElement root)
    {
        if (ItemsOf(root) is not JsonElement items)
        {
            return Failed("The file is not a UHRI export in JSON (a list of recommendations).");
        }

        var objects = items.EnumerateArray().ToList();
        if (!objects.Any(o => o.ValueKind == JsonValueKind.Object && UhriColumns.Include(o.EnumerateObject().Select(p => p.Name), [.. UhriColumns.Required])))
        {
            return Failed("The file is not a UHRI export: the columns {0} are missing.", string.Join(", ", UhriColumns.Required));
        }

        var records = new UhriRecords();
        var problems = new List<ImportProblem>();
        for (var i = 0; i < objects.Count; i++)
        {
            if (objects[i].ValueKind != JsonValueKind.Object)
            {
                problems.Add(new ImportProblem(i + 1, null, "Item {0} is not a recommendation.", (i + 1).ToString(CultureInfo.InvariantCulture)));
                continue;
            }

            var cells = objects[i].EnumerateObject()
                .DistinctBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(p => p.Name, p => ValueOf(p.Value), StringComparer.OrdinalIgnoreCase);
            records.Add(i + 1, column => cells.GetValueOrDefault(column));
        }

        var parsed = records.Result(Format);
        return problems.Count == 0 ? parsed : parsed with { Problems = [.. problems, .. parsed.Problems] };
    }

    private static object? ValueOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        // Numbers stay as written, so a long annotation id keeps its digits; dates and sessions parse from text.
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        JsonValueKind.Array => value.EnumerateArray().Select(ItemText).OfType<string>().ToList(),
        _ => null,
    };

    private static string? ItemText(JsonElement item) => item.ValueKind switch
    {
        JsonValueKind.String => item.GetString(),
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => item.GetRawText(),
        _ => null,
    };

    private ParsedFile Failed(string message, params string[] arguments) =>
        new(Format, [], [new ImportProblem(0, null, message, arguments)]);
}
