using System.IO.Compression;
using System.Text.Json;
using Simore.Core.Importing.Sheet;
using Simore.Core.Importing.TextFiles;
using Simore.Core.Importing.Uhri;
using Simore.Core.Importing.UprInfo;

namespace Simore.Core.Importing;

/// <summary>
/// Names the format of an uploaded file from its content; the extension only settles what the
/// content leaves open (a one-column text file is a sheet only when it is called .csv/.tsv/.txt).
/// </summary>
public static class FormatDetector
{
    private const int SniffChars = 4096;

    public static string? Detect(byte[] content, string fileName)
    {
        if (content.Length == 0)
        {
            return null;
        }

        return SheetLoader.IsZip(content) ? DetectPackage(content) : DetectText(content, Path.GetExtension(fileName));
    }

    private static string? DetectPackage(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            if (zip.GetEntry("word/document.xml") is not null)
            {
                return "ohchr-docx";
            }

            if (zip.GetEntry("xl/workbook.xml") is null)
            {
                return null;
            }
        }
        catch (InvalidDataException)
        {
            return null;
        }

        return SheetLoader.TryLoad(content, out var table, out _) && UhriColumns.Include(table.Headers, UhriColumns.Body, UhriColumns.DocumentSymbol) ? "uhri-xlsx" : "sheet";
    }

    private static string? DetectText(byte[] content, string extension)
    {
        var text = TextDecoder.Decode(content).Text;
        var start = text.AsSpan().TrimStart();
        if (start.StartsWith("[") || start.StartsWith("{"))
        {
            return IsUhriJson(text) ? "uhri-json" : null;
        }

        if (LooksBinary(text))
        {
            return null;
        }

        var firstLine = text.AsSpan(0, text.AsSpan().IndexOfAny('\r', '\n') is var end and >= 0 ? end : text.Length).Trim();
        if (Fields(firstLine.ToString()).SequenceEqual(Fields(UprInfoCsvReader.Header), StringComparer.OrdinalIgnoreCase))
        {
            return "uprinfo-csv";
        }

        var tabular = firstLine.IndexOfAny(',', ';', '\t') >= 0;
        var textExtension = extension.ToUpperInvariant() is ".CSV" or ".TSV" or ".TXT";
        return tabular || (textExtension && firstLine.Length > 0) ? "sheet" : null;
    }

    private static IEnumerable<string> Fields(string line) =>
        line.Split(CsvReader.DetectDelimiter(line)).Select(f => f.Trim().Trim('"').Trim());

    private static bool IsUhriJson(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            return UhriJsonReader.ItemsOf(document.RootElement) is JsonElement items
                && items.EnumerateArray().FirstOrDefault(i => i.ValueKind == JsonValueKind.Object) is { ValueKind: JsonValueKind.Object } first
                && UhriColumns.Include(first.EnumerateObject().Select(p => p.Name), UhriColumns.Text, UhriColumns.DocumentSymbol);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>Control characters other than tab and line breaks do not occur in exported text.</summary>
    private static bool LooksBinary(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, SniffChars));
        var control = 0;
        foreach (var c in sample)
        {
            control += char.IsControl(c) && c is not '\t' and not '\r' and not '\n' ? 1 : 0;
        }

        return control > sample.Length / 100;
    }
}
