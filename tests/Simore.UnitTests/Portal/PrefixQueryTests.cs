using Simore.Core.Portal;

namespace Simore.UnitTests.Portal;

public sealed class PrefixQueryTests
{
    [TestCase("traffick", "traffick:*")]
    [TestCase("roma  child!", "roma:* & child:*")]
    [TestCase("l'enfant; DROP TABLE x", "l:* & enfant:* & DROP:* & TABLE:* & x:*")]
    [TestCase("\u0627\u0644\u0637\u0641\u0644 2030", "\u0627\u0644\u0637\u0641\u0644:* & 2030:*")]
    [TestCase("\"exact phrase\"", "")]
    [TestCase("roma -children", "")]
    [TestCase("roma or sinti", "")]
    [TestCase("!!!", "")]
    public void Only_words_become_prefixes_and_operators_leave_the_query_to_web_search(string q, string expected) =>
        Assert.That(PortalSql.PrefixQuery(q), Is.EqualTo(expected));
}
