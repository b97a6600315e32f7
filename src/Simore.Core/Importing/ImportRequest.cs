using System.Text.Json;
using System.Text.Json.Serialization;

namespace Simore.Core.Importing;

/// <summary>A file to import and the choices made for it.</summary>
/// <param name="Format">A format name, or null to detect it from the content.</param>
/// <param name="ClustersFromHeadings">Create the tenant's clusters from the headings the file lists recommendations under.</param>
public sealed record ImportRequest(string FileName, byte[] Content, string? Format, ReadOptions Options, bool ClustersFromHeadings = false)
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    internal string SerializeChoices() => JsonSerializer.Serialize(new Choices(Format, Options, ClustersFromHeadings), Json);

    internal static (string? Format, ReadOptions Options, bool ClustersFromHeadings) DeserializeChoices(string? json)
    {
        var choices = json is null ? null : JsonSerializer.Deserialize<Choices>(json, Json);
        return (choices?.Format, choices?.Options ?? new ReadOptions(), choices?.ClustersFromHeadings ?? false);
    }

    private sealed record Choices(string? Format, ReadOptions Options, bool ClustersFromHeadings);
}

/// <summary>The preview of an import: the stored batch and what it will do.</summary>
public sealed record ImportPreview(ImportBatch Batch, ImportPlan Plan);
