using Simore.Core.Portal;

namespace Simore.UnitTests.Portal;

public sealed class DashboardOverTimeTests
{
    private static readonly DateTimeOffset January = new(2025, 1, 15, 10, 0, 0, TimeSpan.Zero);

    [Test]
    public void Each_month_counts_the_latest_status_of_each_recommendation_by_its_end()
    {
        var published = new List<(long, DateTimeOffset, string)>
        {
            (1, January, "InProgress"),
            (2, January.AddDays(3), "NotStarted"),
            (1, January.AddMonths(2), "FullyImplemented"),
        };

        var months = PortalDashboard.OverTime(published, total: 5, today: new DateOnly(2025, 4, 2));

        Assert.That(months.Select(m => m.Month), Is.EqualTo(new[] { new DateOnly(2025, 1, 1), new DateOnly(2025, 2, 1), new DateOnly(2025, 3, 1), new DateOnly(2025, 4, 1) }));
        Assert.That(months[0].ByStatus, Is.EquivalentTo(new Dictionary<string, int> { ["InProgress"] = 1, ["NotStarted"] = 1, ["none"] = 3 }));
        Assert.That(months[1].ByStatus, Is.EquivalentTo(months[0].ByStatus), "a month without publication keeps the previous figures");
        Assert.That(months[3].ByStatus, Is.EquivalentTo(new Dictionary<string, int> { ["FullyImplemented"] = 1, ["NotStarted"] = 1, ["none"] = 3 }));
    }

    [Test]
    public void Nothing_published_means_no_timeline()
    {
        Assert.That(PortalDashboard.OverTime([], total: 10, today: new DateOnly(2025, 4, 2)), Is.Empty);
    }
}
