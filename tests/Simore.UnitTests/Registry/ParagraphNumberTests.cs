using Simore.Core.Registry;

namespace Simore.UnitTests.Registry;

public sealed class ParagraphNumberTests
{
    [Test]
    public void Numbers_sort_as_numbers_and_letters_as_letters()
    {
        string[] paragraphs = ["140.10", "12 (b)", "140.9", "12 (a)", "140.100", "9", "74 (a)"];

        var sorted = paragraphs.OrderBy(ParagraphNumber.SortKey, StringComparer.Ordinal).ToArray();

        Assert.That(sorted, Is.EqualTo(new[] { "9", "12 (a)", "12 (b)", "74 (a)", "140.9", "140.10", "140.100" }));
    }

    [Test]
    public void Spacing_and_case_do_not_change_the_key() =>
        Assert.That(ParagraphNumber.SortKey("12 (B)"), Is.EqualTo(ParagraphNumber.SortKey("12(b)")));
}
