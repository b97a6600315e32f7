using Simore.Core.Importing.Ohchr;
using Simore.Core.Registry;

namespace Simore.UnitTests.Importing;

public sealed class RecommendingStatesTests
{
    private static readonly OhchrThematicListParser Parser = new(name => CountryDirectory.Instance.Resolve(name) is not null);

    [TestCase("Ratify OPCAT (Denmark);", "Ratify OPCAT", new[] { "Denmark" })]
    [TestCase("Ratify the Convention (ICRMW) (Iran (Islamic Republic of));", "Ratify the Convention (ICRMW)", new[] { "Iran (Islamic Republic of)" })]
    [TestCase("Adopt a plan (Portugal, Slovakia).", "Adopt a plan", new[] { "Portugal", "Slovakia" })]
    [TestCase("Adopt a plan (Spain, Tunisia, Portugal);", "Adopt a plan", new[] { "Spain", "Tunisia", "Portugal" })]
    [TestCase("Protect them (United Kingdom of Great Britain and Northern Ireland);", "Protect them", new[] { "United Kingdom of Great Britain and Northern Ireland" })]
    [TestCase("Protect them (St Kitts & Nevis) (Côte d'Ivoire);", "Protect them", new[] { "St Kitts & Nevis", "Côte d'Ivoire" })]
    public void Trailing_groups_that_name_States_are_split_off(string raw, string text, string[] states)
    {
        var (actualText, actualStates) = Parser.SplitRecommendingStates(raw);

        Assert.That(actualText, Is.EqualTo(text));
        Assert.That(actualStates, Is.EqualTo(states));
    }

    [Test]
    public void A_text_without_States_keeps_its_parentheses()
    {
        var (text, states) = Parser.SplitRecommendingStates("Ratify the Convention on the Rights of Persons with Disabilities (CRPD).");

        Assert.That(text, Is.EqualTo("Ratify the Convention on the Rights of Persons with Disabilities (CRPD)"));
        Assert.That(states, Is.Empty);
    }
}
