using System.Text;
using Simore.Core.Importing.TextFiles;
using Simore.Testing;

namespace Simore.UnitTests.Importing.TextFiles;

public sealed class TextDecoderTests
{
    // C\u00F4te d'Ivoire, S\u00E3o Tom\u00E9-et-Pr\u00EDncipe, Se\u00F1or Pe\u00F1a, ... in characters both code pages have.
    private const string Sample =
        "C\u00F4te d'Ivoire, S\u00E3o Tom\u00E9-et-Pr\u00EDncipe, Se\u00F1or Pe\u00F1a, gar\u00E7on, M\u00FCller, " +
        "na\u00EFve, No\u00EBl, \u00E0 l'\u00E9cole, Bogot\u00E1, Per\u00FA, a\u00E7\u00E3o, children\u2019s rights";

    private static IEnumerable<TestCaseData> Encodings()
    {
        yield return new TestCaseData(Encoding.UTF8.GetBytes(Sample), "utf-8").SetArgDisplayNames("UTF-8");
        yield return new TestCaseData(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Sample)).ToArray(), "utf-8").SetArgDisplayNames("UTF-8 with BOM");
        yield return new TestCaseData(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Sample)).ToArray(), "utf-16").SetArgDisplayNames("UTF-16 with BOM");
        yield return new TestCaseData(TextDecoder.Windows1252.GetBytes(Sample), "windows-1252").SetArgDisplayNames("Windows-1252");
        yield return new TestCaseData(TextDecoder.MacRoman.GetBytes(Sample), "macintosh").SetArgDisplayNames("Mac Roman");
    }

    [TestCaseSource(nameof(Encodings))]
    public void The_same_French_and_Spanish_text_decodes_to_the_same_string(byte[] bytes, string encoding)
    {
        var decoded = TextDecoder.Decode(bytes);

        Assert.That(decoded.Text, Is.EqualTo(Sample));
        Assert.That(decoded.EncodingName, Is.EqualTo(encoding));
    }

    [TestCase("Cura\u00E7ao")]
    [TestCase("S\u00E3o Paulo")]
    [TestCase("C\u00F4te d\u2019Ivoire")]
    [TestCase("Guaran\u00ED Kaiow\u00E1")]
    [TestCase("Caf\u00E9")]
    public void Even_a_single_name_is_told_apart(string name)
    {
        Assert.That(TextDecoder.Decode(TextDecoder.Windows1252.GetBytes(name)).Text, Is.EqualTo(name));
        Assert.That(TextDecoder.Decode(TextDecoder.MacRoman.GetBytes(name)).Text, Is.EqualTo(name));
    }

    [Test]
    public void The_UPR_Info_export_is_Mac_Roman()
    {
        var decoded = TextDecoder.Decode(File.ReadAllBytes(RepositoryFiles.PathOf("tests", "data", "uprinfo", "uprinfo_sessions10-13.csv")));

        Assert.That(decoded.EncodingName, Is.EqualTo("macintosh"));
        Assert.That(decoded.Text, Does.Contain("Guaran\u00ED Kaiow\u00E1"));
        Assert.That(decoded.Text, Does.Contain("Cura\u00E7ao"));
        Assert.That(decoded.RepairedWords, Is.Zero);
    }

    /// <summary>
    /// The scraped files went through Windows-1252 and Mac Roman once (2012) or twice (2010) more;
    /// 2011 is plain Mac Roman. All three read "C\u00F4te d\u2019Ivoire" in the end.
    /// </summary>
    [TestCase("2010data.csv", true)]
    [TestCase("2011data.csv", false)]
    [TestCase("2012data.csv", true)]
    public void The_scraped_files_are_repaired_where_they_were_decoded_twice(string file, bool repaired)
    {
        var decoded = TextDecoder.Decode(File.ReadAllBytes(RepositoryFiles.PathOf("tests", "data", "wg-scrape", file)));

        Assert.That(decoded.EncodingName, Is.EqualTo("macintosh"));
        Assert.That(decoded.Text, Does.Contain("(C\u00F4te d\u2019Ivoire)"));
        Assert.That(decoded.Text, Does.Contain("women\u2019s"));
        Assert.That(decoded.Text, Does.Not.Contain("d\u00D5Ivoire").And.Not.Contain("d\u00CDIvoire"));
        Assert.That(decoded.RepairedWords > 0, Is.EqualTo(repaired));
    }

    [Test]
    public void Plain_ASCII_is_UTF_8()
    {
        Assert.That(TextDecoder.Decode("To,Text\r"u8.ToArray()), Is.EqualTo(new DecodedText("To,Text\r", "utf-8")));
    }
}
