using Simore.Core.Registry;

namespace Simore.UnitTests.Registry;

public sealed class CountryDirectoryTests
{
    [TestCase("St Kitts & Nevis", "KNA")]
    [TestCase("Saint Kitts and Nevis", "KNA")]
    [TestCase("Cote d'Ivoire", "CIV")]
    [TestCase("Côte d’Ivoire", "CIV")]
    [TestCase("Viet Nam", "VNM")]
    [TestCase("Türkiye", "TUR")]
    [TestCase("Bolivarian Republic of Venezuela", "VEN")]
    [TestCase("Iran (Islamic Republic of)", "IRN")]
    [TestCase("the Netherlands", "NLD")]
    [TestCase("UNITED STATES OF AMERICA", "USA")]
    [TestCase("Holy See", "VAT")]
    [TestCase("State of Palestine", "PSE")]
    public void Spellings_used_in_UN_files_resolve(string name, string iso3) =>
        Assert.That(CountryDirectory.Instance.Resolve(name)?.Iso3, Is.EqualTo(iso3));

    [Test]
    public void Every_member_and_observer_State_has_a_name_in_the_six_languages()
    {
        var un = CountryDirectory.Instance.All.Where(c => c.IsUnMember).ToList();

        Assert.That(un, Has.Count.EqualTo(195));
        Assert.That(un.Where(c => c.Names.Count(n => !string.IsNullOrWhiteSpace(n.Value)) < 6).Select(c => c.Iso3), Is.Empty);
    }

    [TestCase("Atlantis")]
    [TestCase("CRPD")]
    [TestCase("")]
    public void Other_words_do_not_resolve(string name) =>
        Assert.That(CountryDirectory.Instance.Resolve(name), Is.Null);
}
