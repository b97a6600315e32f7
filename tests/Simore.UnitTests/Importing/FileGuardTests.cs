using System.IO.Compression;
using System.Text;
using Simore.Core.Importing;
using Simore.Testing;

namespace Simore.UnitTests.Importing;

public sealed class FileGuardTests
{
    private const long TenMegabytes = 10 * 1024 * 1024;

    private static string? Check(byte[] content, string fileName, long maxBytes = TenMegabytes) =>
        FileGuard.Check(content, fileName, maxBytes)?.Format();

    [TestCase("ohchr", "SVN_cycle4_UPR48_thematic_list.docx")]
    [TestCase("uhri", "uhri-slovenia-sample.xlsx")]
    [TestCase("uhri", "uhri-slovenia-sample.json")]
    [TestCase("uprinfo", "uprinfo_sessions10-13.csv")]
    public void Real_files_pass(string folder, string file)
    {
        Assert.That(Check(File.ReadAllBytes(RepositoryFiles.PathOf("tests", "data", folder, file)), file), Is.Null);
    }

    [Test]
    public void An_empty_file_is_refused()
    {
        Assert.That(Check([], "list.csv"), Is.EqualTo("The file is empty."));
    }

    [Test]
    public void A_file_over_the_limit_is_refused_with_the_limit()
    {
        Assert.That(Check(new byte[(1024 * 1024) + 1], "list.csv", 1024 * 1024), Is.EqualTo("The file is larger than 1 MB."));
    }

    [TestCase("list.xlsx")]
    [TestCase("LIST.DOCX")]
    public void A_file_named_as_Office_that_is_not_a_zip_is_refused(string fileName)
    {
        Assert.That(Check("Text,To\nRatify CAT,Samoa\n"u8.ToArray(), fileName), Is.EqualTo($"The file is called {fileName} but is not a Word or Excel document."));
    }

    [Test]
    public void Binary_junk_named_csv_is_refused_but_UTF_16_text_is_not()
    {
        var junk = new byte[] { 0x54, 0x65, 0x00, 0x01, 0x02, 0xFF };
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Text,To\r\nRatify CAT,Samoa\r\n")).ToArray();

        Assert.That(Check(junk, "list.csv"), Is.EqualTo("The file is called list.csv but contains binary data, not text."));
        Assert.That(Check(utf16, "list.csv"), Is.Null);
    }

    [Test]
    public void A_zip_bomb_is_refused_before_it_is_unpacked()
    {
        // 50 MB of zeros packs into about 50 KB; with a 1 MB upload limit, 20 MB is the most a file may unpack to.
        var bomb = Zip(("xl/worksheets/sheet1.xml", 50L * 1024 * 1024));

        Assert.That(bomb.Length, Is.LessThan(1024 * 1024));
        Assert.That(Check(bomb, "bomb.xlsx", 1024 * 1024), Is.EqualTo("The file would unpack to more than 20 MB and is refused."));
    }

    [Test]
    public void The_unpacked_limit_never_exceeds_200_MB()
    {
        var bomb = Zip(("word/document.xml", 201L * 1024 * 1024));

        Assert.That(Check(bomb, "bomb.docx", 50L * 1024 * 1024), Is.EqualTo("The file would unpack to more than 200 MB and is refused."));
    }

    [Test]
    public void A_zip_of_too_many_parts_is_refused()
    {
        var many = Zip(Enumerable.Range(0, FileGuard.MaxZipEntries + 1).Select(i => ($"part{i}.xml", 0L)).ToArray());

        Assert.That(Check(many, "many.xlsx"), Is.EqualTo("The file holds more than 10000 packed parts and is refused."));
    }

    [Test]
    public void A_damaged_zip_is_refused()
    {
        var zip = Zip(("xl/workbook.xml", 1000L));

        Assert.That(Check(zip[..(zip.Length - 30)], "list.xlsx"), Is.EqualTo("The file is damaged and cannot be opened."));
    }

    private static byte[] Zip(params (string Name, long Zeros)[] entries)
    {
        var chunk = new byte[1024 * 1024];
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, zeros) in entries)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                for (var left = zeros; left > 0; left -= chunk.Length)
                {
                    stream.Write(chunk, 0, (int)Math.Min(left, chunk.Length));
                }
            }
        }

        return memory.ToArray();
    }
}
