using Simore.Core.Reports;

namespace Simore.UnitTests.Reports;

public sealed class WordCountTests
{
    [TestCase("", 0)]
    [TestCase("   ", 0)]
    [TestCase("Slovenia has ratified the Convention.", 5)]
    [TestCase("  two   words  ", 2)]
    [TestCase("non-discrimination and anti-Semitism", 3)]
    [TestCase("(Recommendations 1, 5, 7\u20139)", 4)]
    [TestCase("a \u2013 b", 2)]
    [TestCase("line\nbreak\ttab", 3)]
    [TestCase("Article 297 of the Criminal Code.", 6)]
    public void Counts_words_between_spaces(string text, int words) =>
        Assert.That(WordCount.Of(text), Is.EqualTo(words));

    [Test]
    public void Arabic_and_Russian_words_count_like_any_other()
    {
        Assert.That(WordCount.Of("\u062A\u0642\u0631\u064A\u0631 \u0648\u0637\u0646\u064A"), Is.EqualTo(2));
        Assert.That(WordCount.Of("\u041D\u0430\u0446\u0438\u043E\u043D\u0430\u043B\u044C\u043D\u044B\u0439 \u0434\u043E\u043A\u043B\u0430\u0434"), Is.EqualTo(2));
    }

    [Test]
    public void Each_Chinese_character_counts_as_a_word_and_numbers_beside_them_too()
    {
        // "国家报告" (four characters), then "2024年" (a number and a character).
        Assert.That(WordCount.Of("\u56FD\u5BB6\u62A5\u544A"), Is.EqualTo(4));
        Assert.That(WordCount.Of("2024\u5E74"), Is.EqualTo(2));
        Assert.That(WordCount.Of("\u56FD\u5BB6\uFF0C\u62A5\u544A\u3002"), Is.EqualTo(4), "punctuation is not a word");
    }

    [Test]
    public void Several_texts_add_up() =>
        Assert.That(WordCount.Of(["one two", "three"]), Is.EqualTo(3));
}
