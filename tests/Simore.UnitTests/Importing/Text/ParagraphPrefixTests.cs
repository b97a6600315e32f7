using Simore.Core.Importing.TextFiles;
using Simore.Core.Registry;

namespace Simore.UnitTests.Importing.TextFiles;

public sealed class ParagraphPrefixTests
{
    [TestCase("140.7 Ratify OPCAT", "140.7", "Ratify OPCAT")]
    [TestCase("12. (b) Ratify OPCAT", "12 (b)", "Ratify OPCAT")]
    [TestCase("74 (a) Ratify OPCAT", "74 (a)", "Ratify OPCAT")]
    [TestCase("67.1   Consider signing", "67.1", "Consider signing")]
    [TestCase("96.1. Take measures", "96.1", "Take measures")]
    [TestCase("100.9..1 ratify ICERD", "100.9.1", "ratify ICERD")]
    [TestCase("106.6...2 ratify OP-CRC-SC", "106.6.2", "ratify OP-CRC-SC")]
    [TestCase("106.40..1 106.41. Consider an Ombudsman", "106.41", "Consider an Ombudsman")]
    [TestCase("135.31..11 13. Continue with the decision", "135.31.11", "Continue with the decision")]
    [TestCase("61 1. Commit to the ratification", "61.1", "Commit to the ratification")]
    [TestCase("129.53.1continue to consolidate", "129.53.1", "continue to consolidate")]
    [TestCase("135.14..3.Continue efforts", "135.14.3", "Continue efforts")]
    [TestCase("129. Further strengthen laws", "129", "Further strengthen laws")]
    public void A_leading_number_becomes_the_paragraph(string text, string paragraph, string rest)
    {
        Assert.That(ParagraphPrefix.Split(text), Is.EqualTo(((string?)paragraph, rest)));
    }

    [TestCase("Ratify OPCAT")]
    [TestCase("100 per cent of children should attend school")]
    [TestCase("1961 Convention on the Reduction of Statelessness")]
    [TestCase("3rd cycle recommendations")]
    public void Text_that_starts_with_no_paragraph_number_stays_whole(string text)
    {
        Assert.That(ParagraphPrefix.Split(text), Is.EqualTo(((string?)null, text)));
    }

    [TestCase("(Azerbaijan; Nepal)", new[] { "Azerbaijan", "Nepal" })]
    [TestCase("(Austria). );", new[] { "Austria" })]
    [TestCase("(Belgium, Iraq) );", new[] { "Belgium", "Iraq" })]
    [TestCase("(Portugal and Spain);", new[] { "Portugal", "Spain" })]
    [TestCase("(Iran (Islamic Republic of));", new[] { "Iran (Islamic Republic of)" })]
    [TestCase("(CRPD) (Canada);", new[] { "Canada" })]
    public void Trailing_States_come_off_in_every_form_the_scraped_files_use(string ending, string[] states)
    {
        var (text, found) = TrailingStates.Split("Ratify the Convention " + ending, name => CountryDirectory.Instance.Resolve(name) is not null);

        Assert.That(found, Is.EqualTo(states));
        Assert.That(text, Is.EqualTo(ending.StartsWith("(CRPD)", StringComparison.Ordinal) ? "Ratify the Convention (CRPD)" : "Ratify the Convention"));
    }
}
