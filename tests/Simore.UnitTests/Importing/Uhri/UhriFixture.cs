using System.Text.Encodings.Web;
using System.Text.Json;
using MiniExcelLibs;
using Simore.Core.Importing.Uhri;
using Simore.Testing;

namespace Simore.UnitTests.Importing.Uhri;

/// <summary>
/// Five recommendations as OHCHR's Universal Human Rights Index exports them: two from the UPR of
/// Slovenia (session 48), one each from CEDAW and CRC, one from a special rapporteur. The same rows
/// are written to tests/data/uhri as .xlsx (dates as Excel serials, one real date cell, one ISO
/// date) and as .json (lists as arrays, ids as numbers).
/// </summary>
public sealed class UhriFixture
{
    public const string XlsxName = "uhri-slovenia-sample.xlsx";
    public const string JsonName = "uhri-slovenia-sample.json";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string PathOf(string name) => RepositoryFiles.PathOf("tests", "data", "uhri", name);

    /// <summary>Rows in the workbook's shape: multi-value cells as "- " lines.</summary>
    public static IReadOnlyList<Dictionary<string, object?>> Rows { get; } =
    [
        Row(
            "140.7 Ratify the Optional Protocol to the International Covenant on Economic, Social and Cultural Rights (Maldives) (Portugal);\nSource of position: A/HRC/59/15/Add.1 - Para.3",
            "UPR", "A/HRC/59/15", "- Ratification of & accession to international instruments\n- Economic, social & cultural rights - general measures of implementation",
            "- Public officials", "- 1 - NO POVERTY\n- 16.3 - Ensure equal access to justice for all", 45853.0,
            "- Maldives\n- Portugal", "Supported", "2981234", "48"),
        Row(
            "140.12 Establish an independent national preventive mechanism with adequate resources",
            "Universal Periodic Review", "A/HRC/59/15", "- Torture and other cruel, inhuman or degrading treatment",
            "- Persons deprived of their liberty", "- Goal 16", 45853.0, "- Chile", "Noted", "2981239", "48th session"),
        Row(
            "12. (b) Adopt a comprehensive definition of discrimination against women that covers direct and indirect discrimination in the public and private spheres",
            "Committee on the Elimination of Discrimination against Women", "CEDAW/C/SVN/CO/7", "- Equality & non-discrimination\n- Women's rights",
            "- Women & girls", "- 5.1 - End all forms of discrimination against all women and girls everywhere", new DateTime(2023, 10, 30),
            null, null, "3011002", null),
        Row(
            "74 (a) Strengthen the capacity of social services to support families of children in vulnerable situations",
            "CRC", "CRC/C/SVN/CO/5-6", "- Family environment & alternative care",
            "- Children\n- Persons living in poverty", "- 1.3\n- 16.2", "2023-02-17", null, null, "2950417", null),
        Row(
            "The Special Rapporteur recommends that the Government ensure access to asylum procedures at the border and refrain from pushbacks.",
            "Special Rapporteur on the human rights of migrants", "A/HRC/53/26/Add.1", "- Migrants\n- Asylum-seekers",
            "- Migrants\n- Refugees & asylum-seekers", null, 45108.0, null, null, "2999001", null),
    ];

    /// <summary>
    /// The committed files must be exactly what these rows produce. When the rows change, this test
    /// fails and says where it wrote the new files: copy them into tests/data/uhri.
    /// </summary>
    [Test]
    public void The_committed_fixture_files_hold_the_rows_described_here()
    {
        var folder = Path.Combine(Path.GetTempPath(), "simore-uhri-fixture-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        Write(folder);

        Assert.That(Read(new UhriXlsxReader(), Path.Combine(folder, XlsxName)), Is.EqualTo(Read(new UhriXlsxReader(), PathOf(XlsxName))), $"regenerated files are in {folder}");
        Assert.That(Read(new UhriJsonReader(), Path.Combine(folder, JsonName)), Is.EqualTo(Read(new UhriJsonReader(), PathOf(JsonName))), $"regenerated files are in {folder}");
        Directory.Delete(folder, recursive: true);
    }

    public static void Write(string folder)
    {
        using (var stream = File.Create(Path.Combine(folder, XlsxName)))
        {
            MiniExcel.SaveAs(stream, Rows);
        }

        var json = Rows.Select(r => r.ToDictionary(p => p.Key, p => JsonValue(p.Key, p.Value))).ToList();
        File.WriteAllText(Path.Combine(folder, JsonName), JsonSerializer.Serialize(json, Indented) + "\n");
    }

    /// <summary>The records a reader makes of a file, as comparable text.</summary>
    private static string Read(Simore.Core.Importing.IRecommendationReader reader, string path)
    {
        using var stream = File.OpenRead(path);
        return JsonSerializer.Serialize(reader.Read(stream, new Simore.Core.Importing.ReadOptions()));
    }

    /// <summary>The JSON export writes lists as arrays, ids and serial dates as numbers, other dates as ISO strings.</summary>
    private static object? JsonValue(string column, object? value) => value switch
    {
        string s when s.StartsWith("- ", StringComparison.Ordinal) && column != UhriColumns.Sdgs =>
            s.Split('\n').Select(l => l[2..]).ToArray(),
        string s when column == UhriColumns.AnnotationId => long.Parse(s, System.Globalization.CultureInfo.InvariantCulture),
        DateTime d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        _ => value,
    };

    private static Dictionary<string, object?> Row(
        string text, string body, string symbol, string themes, string persons, string? sdgs, object? published,
        string? states, string? position, string id, string? session) => new()
        {
            [UhriColumns.Text] = text,
            [UhriColumns.CountriesConcerned] = "- Slovenia",
            [UhriColumns.Body] = body,
            [UhriColumns.DocumentSymbol] = symbol,
            [UhriColumns.Themes] = themes,
            [UhriColumns.AffectedPersons] = persons,
            [UhriColumns.Sdgs] = sdgs,
            [UhriColumns.PublicationDate] = published,
            [UhriColumns.RecommendingStates] = states,
            [UhriColumns.Position] = position,
            [UhriColumns.Type] = "Recommendation",
            [UhriColumns.AnnotationId] = id,
            [UhriColumns.Session] = session,
            [UhriColumns.RegionsConcerned] = "- Eastern European States",
            [UhriColumns.RecommendingRegions] = states is null ? null : "- Asia-Pacific States\n- Western European and other States",
            [UhriColumns.PublishedOnUhri] = 45700.0,
        };
}
