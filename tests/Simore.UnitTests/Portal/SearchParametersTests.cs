using Simore.Core.Portal;
using Simore.Core.Registry;
using Simore.Web.Features.Portal;

namespace Simore.UnitTests.Portal;

public sealed class SearchParametersTests
{
    [Test]
    public void The_same_search_always_reads_as_the_same_url()
    {
        var query = new PortalQuery { Status = "none", Q = "roma children", Mechanism = Mechanism.Upr, Page = 3, Sort = "recent" };

        Assert.That(SearchParameters.From(query).ToQueryString(), Is.EqualTo("?q=roma%20children&mechanism=Upr&status=none&sort=recent&page=3"));
    }

    [Test]
    public void A_changed_filter_starts_again_at_the_first_page_and_keeps_its_place_in_the_url()
    {
        var parameters = SearchParameters.From(new PortalQuery { Status = "none", Page = 2, Sdg = 5 });

        Assert.That(parameters.With("mechanism", "TreatyBody").ToQueryString(), Is.EqualTo("?mechanism=TreatyBody&status=none&sdg=5"));
        Assert.That(parameters.Without("status").ToQueryString(), Is.EqualTo("?sdg=5"));
        Assert.That(parameters.Filters.Select(f => f.Key), Is.EqualTo(new[] { "status", "sdg" }));
    }
}
