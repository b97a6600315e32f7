using System.Globalization;
using System.IO.Compression;
using Simore.Core.Importing.Sheet;

namespace Simore.Core.Importing;

/// <summary>
/// Refuses, before any reader sees it, a file that is empty, too large, not what its name says, or
/// a zip that would unpack into far more than it weighs (a "zip bomb").
/// </summary>
public static class FileGuard
{
    public const int MaxZipEntries = 10_000;
    public const long MaxUnpackedBytes = 200L * 1024 * 1024;
    public const int MaxUnpackRatio = 20;

    private const double Megabyte = 1024 * 1024;

    public static ImportProblem? Check(byte[] content, string fileName, long maxBytes)
    {
        if (content.Length == 0)
        {
            return Problem("The file is empty.");
        }

        if (content.Length > maxBytes)
        {
            return Problem("The file is larger than {0} MB.", Megabytes(maxBytes));
        }

        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (SheetLoader.IsZip(content))
        {
            return CheckZip(content, Math.Min(maxBytes * MaxUnpackRatio, MaxUnpackedBytes));
        }

        if (extension is ".docx" or ".xlsx")
        {
            return Problem("The file is called {0} but is not a Word or Excel document.", Path.GetFileName(fileName));
        }

        var utf16 = content.Length >= 2 && ((content[0] == 0xFF && content[1] == 0xFE) || (content[0] == 0xFE && content[1] == 0xFF));
        if (extension is ".csv" or ".tsv" or ".txt" or ".json" && !utf16 && content.AsSpan().Contains((byte)0))
        {
            return Problem("The file is called {0} but contains binary data, not text.", Path.GetFileName(fileName));
        }

        return null;
    }

    /// <summary>
    /// Sizes declared in the zip directory can lie, so the entries are also inflated, counting bytes,
    /// until the limit is passed.
    /// </summary>
    private static ImportProblem? CheckZip(byte[] content, long limit)
    {
        var tooBig = Problem("The file would unpack to more than {0} MB and is refused.", Megabytes(limit));
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxZipEntries)
            {
                return Problem("The file holds more than {0} packed parts and is refused.", MaxZipEntries.ToString(CultureInfo.InvariantCulture));
            }

            if (zip.Entries.Sum(e => e.Length) > limit)
            {
                return tooBig;
            }

            var buffer = new byte[81920];
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                using var stream = entry.Open();
                int read;
                while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
                {
                    total += read;
                    if (total > limit)
                    {
                        return tooBig;
                    }
                }
            }
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException or IOException)
        {
            return Problem("The file is damaged and cannot be opened.");
        }

        return null;
    }

    private static string Megabytes(long bytes) => (bytes / Megabyte).ToString("0.#", CultureInfo.InvariantCulture);

    private static ImportProblem Problem(string message, params string[] arguments) => new(0, null, message, arguments);
}
