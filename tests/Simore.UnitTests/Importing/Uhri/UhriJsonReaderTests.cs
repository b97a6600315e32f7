using System.Text;
using Simore.Core.Importing;
using Simore.Core.Importing.Uhri;

namespace Simore.UnitTests.Importing.Uhri;

public sealed class UhriJsonReaderTests
{
    private static readonly UhriJsonReader Reader = new();

    private static ParsedFile Read(string json) => Read(Encoding.UTF8.GetBytes(json));

    private static ParsedFile Read(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return Reader.Read(stream, new ReadOptions());
    }

    [Test]
    public void The_fixture_reads_into_the_same_records_as_the_workbook()
    {
        UhriSampleExpectations.Check(Read(File.ReadAllBytes(UhriFixture.PathOf(UhriFixture.JsonName))), firstRow: 1);
    }

    [Test]
    public void Values_may_be_strings_or_arrays_and_dates_serials_or_ISO()
    {
        var parsed = Read("""
            [{"Text": "98.1 Ratify OPCAT", "Countries Concerned": "- Samoa", "Reccomending Body": "UPR",
              "Document Symbol": "A/HRC/18/14", "UPR Reccomending States": ["Spain", "Chile"],
              "UPR Position": "Supported", "UPR Session": 11, "Document Publication Date": "2011-07-11T00:00:00",
              "Sdgs": ["16.3 - Ensure equal access to justice for all"], "OHCHR Annotation Id": 12345678901234}]
            """);

        var record = parsed.Records.Single();
        Assert.That(parsed.Problems, Is.Empty);
        Assert.That((record.Paragraph, record.Text, record.StateUnderReview), Is.EqualTo(("98.1", "Ratify OPCAT", (string?)"Samoa")));
        Assert.That(record.RecommendingStates, Is.EqualTo(new[] { "Spain", "Chile" }));
        Assert.That((record.Document.Session, record.Document.Cycle, record.Document.PublishedOn), Is.EqualTo(((int?)11, (int?)1, (DateOnly?)new DateOnly(2011, 7, 11))));
        Assert.That(record.Sdgs, Is.EqualTo(new[] { "16.3" }));
        Assert.That(record.ExternalId, Is.EqualTo("12345678901234"));
    }

    [Test]
    public void An_item_that_is_not_an_object_is_a_row_problem()
    {
        var parsed = Read("""[{"Text": "1. Ratify", "Reccomending Body": "CAT", "Document Symbol": "CAT/C/SVN/CO/4"}, 42]""");

        Assert.That(parsed.Records, Has.Count.EqualTo(1));
        Assert.That(parsed.Problems.Single().Row, Is.EqualTo(2));
    }

    [TestCase("")]
    [TestCase("{\"Text\": ")]
    [TestCase("[1, 2, 3]")]
    [TestCase("[{\"Recommendation\": \"Ratify\"}]")]
    [TestCase("Text,Document Symbol\nRatify,A/HRC/1/1")]
    public void Anything_else_is_one_file_problem(string json)
    {
        var parsed = Read(json);

        Assert.That(parsed.Records, Is.Empty);
        Assert.That(parsed.Problems, Has.Count.EqualTo(1));
        Assert.That(parsed.Problems.Single().Row, Is.Zero);
    }
}
