using System.Text;
using Simore.Core.Importing;
using Simore.Core.Importing.Sheet;
using Simore.Core.Importing.Uhri;
using Simore.Core.Importing.UprInfo;
using Simore.Core.Registry;
using Simore.Testing;

namespace Simore.UnitTests.Importing;

/// <summary>Every reader answers any input with records or problems, never with an exception.</summary>
public sealed class ReadersNeverThrowTests
{
    private static readonly IRecommendationReader[] Readers =
    [
        new UprInfoCsvReader(), new UhriXlsxReader(), new UhriJsonReader(), new GenericSheetReader(_ => false),
    ];

    private static IEnumerable<TestCaseData> Inputs()
    {
        var random = new byte[3000];
        new Random(7).NextBytes(random);
        yield return new TestCaseData(Array.Empty<byte>()).SetArgDisplayNames("Empty");
        yield return new TestCaseData(random).SetArgDisplayNames("Random bytes");
        yield return new TestCaseData(Encoding.UTF8.GetBytes("[{\"Text\": [[[]]], \"Reccomending Body\": {}, \"Document Symbol\": null}]")).SetArgDisplayNames("JSON of wrong shapes");
        yield return new TestCaseData(Encoding.UTF8.GetBytes("\"a\"\"b,\r\r\n\n,,,\"")).SetArgDisplayNames("Quote soup");
        foreach (var (folder, file) in new[] { ("ohchr", "SVN_cycle2_UPR20_thematic_list.docx"), ("uhri", "uhri-slovenia-sample.xlsx"), ("uhri", "uhri-slovenia-sample.json"), ("uprinfo", "uprinfo_sessions10-13.csv") })
        {
            var bytes = File.ReadAllBytes(RepositoryFiles.PathOf("tests", "data", folder, file));
            yield return new TestCaseData(bytes).SetArgDisplayNames(file + " whole");
            foreach (var fraction in new[] { 0.1, 0.5, 0.9, 0.999 })
            {
                yield return new TestCaseData(bytes[..(int)(bytes.Length * fraction)]).SetArgDisplayNames($"{file} cut at {fraction:P1}");
            }
        }
    }

    [TestCaseSource(nameof(Inputs))]
    public void Any_input_gives_records_or_problems(byte[] content)
    {
        var options = new ReadOptions(Defaults: new DocumentReference("A/HRC/1/1", Mechanism.Upr, "UPR", null, null, null, null, null), ExtractFromText: true);
        foreach (var reader in Readers)
        {
            ParsedFile? parsed = null;
            Assert.DoesNotThrow(() => parsed = reader.Read(new MemoryStream(content), options), reader.Format);
            Assert.That(parsed!.Records.Count + parsed.Problems.Count, Is.Positive, reader.Format);
            Assert.That(parsed.Problems.Select(p => p.Message), Has.All.EndsWith("."), reader.Format);
        }

        Assert.DoesNotThrow(() => FormatDetector.Detect(content, "upload.xlsx"));
        Assert.DoesNotThrow(() => FileGuard.Check(content, "upload.csv", 10 * 1024 * 1024));
        Assert.DoesNotThrow(() => GenericSheetReader.ReadHeaders(new MemoryStream(content), "upload.tsv"));
    }
}
