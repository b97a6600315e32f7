using Simore.Core.Registry;

namespace Simore.UnitTests.Registry;

public sealed class PositionParserTests
{
    [TestCase("Supported", Position.Supported)]
    [TestCase("Accepted", Position.Supported)]
    [TestCase(" support ", Position.Supported)]
    [TestCase("Noted", Position.Noted)]
    [TestCase("Rejected", Position.Noted)]
    [TestCase("reject", Position.Noted)]
    [TestCase("Partially supported", Position.PartiallySupported)]
    [TestCase("partially-accepted", Position.PartiallySupported)]
    [TestCase("Pending", Position.Pending)]
    [TestCase("will be examined", Position.Pending)]
    [TestCase("consider", Position.Pending)]
    public void Older_and_national_vocabularies_map_to_todays_positions(string text, Position expected) =>
        Assert.That(PositionParser.Parse(text), Is.EqualTo(expected));

    [TestCase("")]
    [TestCase("maybe")]
    [TestCase(null)]
    public void Unknown_words_are_not_guessed(string? text) =>
        Assert.That(PositionParser.Parse(text), Is.Null);
}
