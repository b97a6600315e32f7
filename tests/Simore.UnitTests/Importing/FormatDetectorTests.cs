using System.IO.Compression;
using System.Text;
using MiniExcelLibs;
using Simore.Core.Importing;
using Simore.Testing;

namespace Simore.UnitTests.Importing;

public sealed class FormatDetectorTests
{
    private static byte[] Data(params string[] path) => File.ReadAllBytes(RepositoryFiles.PathOf(["tests", "data", .. path]));

    [TestCase("ohchr/SVN_cycle4_UPR48_thematic_list.docx", "ohchr-docx")]
    [TestCase("ohchr/SVN_cycle2_UPR20_thematic_list.docx", "ohchr-docx")]
    [TestCase("uhri/uhri-slovenia-sample.xlsx", "uhri-xlsx")]
    [TestCase("uhri/uhri-slovenia-sample.json", "uhri-json")]
    [TestCase("uprinfo/uprinfo_sessions10-13.csv", "uprinfo-csv")]
    [TestCase("wg-scrape/2010data.csv", "sheet")]
    [TestCase("wg-scrape/2011data.csv", "sheet")]
    [TestCase("wg-scrape/2012data.csv", "sheet")]
    public void Each_real_and_fixture_file_is_recognised_by_its_content(string path, string format)
    {
        var bytes = Data(path.Split('/'));

        Assert.That(FormatDetector.Detect(bytes, Path.GetFileName(path)), Is.EqualTo(format));
        Assert.That(FormatDetector.Detect(bytes, "upload.bin"), Is.EqualTo(format), "the extension does not decide");
    }

    [Test]
    public void A_workbook_with_other_columns_is_a_generic_sheet()
    {
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, new[] { new Dictionary<string, object?> { ["Recommendation"] = "Ratify CAT", ["Symbol"] = "A/HRC/18/14" } });

        Assert.That(FormatDetector.Detect(stream.ToArray(), "list.xlsx"), Is.EqualTo("sheet"));
    }

    [TestCase("Recommendation\tState\nRatify CAT\tSamoa\n", "list.tsv", "sheet")]
    [TestCase("Recommendation\nRatify CAT\n", "list.csv", "sheet")]
    [TestCase("Recommendation\nRatify CAT\n", "notes.md", null)]
    [TestCase("[{\"name\": \"not UHRI\"}]", "data.json", null)]
    [TestCase("{\"Text\": ", "data.json", null)]
    [TestCase("", "empty.csv", null)]
    public void Text_is_told_apart_with_the_extension_as_tie_breaker(string content, string fileName, string? format)
    {
        Assert.That(FormatDetector.Detect(Encoding.UTF8.GetBytes(content), fileName), Is.EqualTo(format));
    }

    [Test]
    public void Junk_has_no_format()
    {
        var random = new byte[4096];
        new Random(42).NextBytes(random);
        var pdf = Encoding.Latin1.GetBytes("%PDF-1.7\n%\u00E2\u00E3\u00CF\u00D3\n").Concat(random).ToArray();

        Assert.That(FormatDetector.Detect(random, "upload.csv"), Is.Null);
        Assert.That(FormatDetector.Detect(pdf, "report.pdf"), Is.Null);
        Assert.That(FormatDetector.Detect(Zip("readme.txt"), "archive.zip"), Is.Null);
        Assert.That(FormatDetector.Detect("PK\u0003\u0004 not really"u8.ToArray(), "list.xlsx"), Is.Null);
    }

    private static byte[] Zip(string entry)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry(entry).Open());
            writer.Write("hello");
        }

        return memory.ToArray();
    }
}
