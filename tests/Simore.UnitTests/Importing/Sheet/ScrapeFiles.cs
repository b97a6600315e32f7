using Simore.Core.Importing;
using Simore.Core.Importing.Sheet;
using Simore.Core.Importing.TextFiles;
using Simore.Core.Registry;
using Simore.Testing;

namespace Simore.UnitTests.Importing.Sheet;

/// <summary>The scraped Working Group files (columns text,to,decision,From,year,notes), read once each.</summary>
internal static class ScrapeFiles
{
    private static readonly Dictionary<string, (ParsedFile Parsed, ILookup<string, int> RowsByState)> Cache = [];

    public static Func<string, bool> IsStateName { get; } = name => CountryDirectory.Instance.Resolve(name) is not null;

    public static byte[] Bytes(string year) => File.ReadAllBytes(RepositoryFiles.PathOf("tests", "data", "wg-scrape", year + "data.csv"));

    public static ReadOptions Options(string year) => new(
        GenericSheetReader.GuessColumns(["text", "to", "decision", "From", "year", "notes"]),
        new DocumentReference("A/HRC/WG.6/" + year, Mechanism.Upr, "UPR", null, null, null, null, null),
        ExtractFromText: true);

    /// <summary>The parsed file, and the file's row numbers of each State (from the "to" column).</summary>
    public static (ParsedFile Parsed, ILookup<string, int> RowsByState) Read(string year)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(year, out var entry))
            {
                var bytes = Bytes(year);
                using var stream = new MemoryStream(bytes);
                var parsed = new GenericSheetReader(IsStateName).Read(stream, Options(year));
                var rows = CsvReader.Read(TextDecoder.Decode(bytes).Text).Rows.Skip(1).ToLookup(r => r.Fields[1], r => r.RowNumber);
                Cache[year] = entry = (parsed, rows);
            }

            return entry;
        }
    }
}
