using System.IO.Compression;
using Simore.Core.Importing;

namespace Simore.Core.FollowUp;

/// <summary>
/// What may be uploaded as evidence: PDF, images and office documents, recognised by their content
/// (not only their name), at most 20 MB, and no zip bomb inside an office file.
/// </summary>
public static class EvidenceUpload
{
    public const long MaxBytes = 20 * 1024 * 1024;

    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".gif"] = "image/gif",
        [".webp"] = "image/webp",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".pptx"] = "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        [".odt"] = "application/vnd.oasis.opendocument.text",
        [".ods"] = "application/vnd.oasis.opendocument.spreadsheet",
        [".doc"] = "application/msword",
        [".xls"] = "application/vnd.ms-excel",
        [".ppt"] = "application/vnd.ms-powerpoint",
    };

    public static IReadOnlyCollection<string> Extensions => Types.Keys;

    /// <summary>The content type to store, or the English key of the reason the file is refused.</summary>
    public static (string? ContentType, string? Problem) Check(byte[] content, string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (content.Length == 0)
        {
            return (null, Localization.Keys.LocalizedKey("The file is empty."));
        }

        if (content.LongLength > MaxBytes)
        {
            return (null, Localization.Keys.LocalizedKey("The file is larger than 20 MB."));
        }

        if (!Types.TryGetValue(extension, out var contentType))
        {
            return (null, Localization.Keys.LocalizedKey("Only PDF files, images (PNG, JPEG, GIF, WebP) and office documents can be attached."));
        }

        if (!Matches(content, extension))
        {
            return (null, Localization.Keys.LocalizedKey("The file's content does not match its name: it is not what its extension says."));
        }

        if (extension is ".docx" or ".xlsx" or ".pptx" or ".odt" or ".ods" && FileGuard.Check(content, fileName, MaxBytes) is not null)
        {
            return (null, Localization.Keys.LocalizedKey("The document is damaged or unpacks to too much data."));
        }

        return (contentType, null);
    }

    private static bool Matches(byte[] c, string extension) => extension switch
    {
        ".pdf" => Starts(c, "%PDF-"u8),
        ".png" => Starts(c, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        ".jpg" or ".jpeg" => Starts(c, [0xFF, 0xD8, 0xFF]),
        ".gif" => Starts(c, "GIF87a"u8) || Starts(c, "GIF89a"u8),
        ".webp" => Starts(c, "RIFF"u8) && c.Length > 12 && c.AsSpan(8, 4).SequenceEqual("WEBP"u8),
        ".docx" => IsZipWith(c, "word/document.xml"),
        ".xlsx" => IsZipWith(c, "xl/workbook.xml"),
        ".pptx" => IsZipWith(c, "ppt/presentation.xml"),
        ".odt" or ".ods" => IsZipWith(c, "content.xml"),
        ".doc" or ".xls" or ".ppt" => Starts(c, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]),
        _ => false,
    };

    private static bool Starts(byte[] content, ReadOnlySpan<byte> prefix) =>
        content.Length >= prefix.Length && content.AsSpan(0, prefix.Length).SequenceEqual(prefix);

    private static bool IsZipWith(byte[] content, string entry)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            return zip.GetEntry(entry) is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}
