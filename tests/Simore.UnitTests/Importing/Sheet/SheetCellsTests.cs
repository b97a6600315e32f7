using Simore.Core.Importing.Sheet;

namespace Simore.UnitTests.Importing.Sheet;

public sealed class SheetCellsTests
{
    private static IEnumerable<TestCaseData> Dates()
    {
        yield return new TestCaseData(45853.0, new DateOnly(2025, 7, 15)).SetArgDisplayNames("Excel serial");
        yield return new TestCaseData("45853", new DateOnly(2025, 7, 15)).SetArgDisplayNames("Excel serial as text");
        yield return new TestCaseData("2023-10-30", new DateOnly(2023, 10, 30)).SetArgDisplayNames("ISO date");
        yield return new TestCaseData("2023-10-30T00:00:00Z", new DateOnly(2023, 10, 30)).SetArgDisplayNames("ISO date and time");
        yield return new TestCaseData(new DateTime(2023, 2, 17), new DateOnly(2023, 2, 17)).SetArgDisplayNames("Date cell");
        yield return new TestCaseData("2010", new DateOnly(2010, 1, 1)).SetArgDisplayNames("Bare year");
        yield return new TestCaseData(2012.0, new DateOnly(2012, 1, 1)).SetArgDisplayNames("Bare year as number");
        yield return new TestCaseData("15 March 2012", new DateOnly(2012, 3, 15)).SetArgDisplayNames("English date");
    }

    [TestCaseSource(nameof(Dates))]
    public void Dates_come_in_many_forms(object value, DateOnly expected)
    {
        Assert.That(SheetCells.TryDate(value, out var date), Is.True);
        Assert.That(date, Is.EqualTo(expected));
    }

    [Test]
    public void An_unreadable_date_is_refused_and_an_empty_one_is_none()
    {
        Assert.That(SheetCells.TryDate("next spring", out _), Is.False);
        Assert.That(SheetCells.TryDate(" ", out var empty) && empty is null, Is.True);
    }

    [TestCase("48", 48)]
    [TestCase("48th session", 48)]
    [TestCase("Session 11", 11)]
    [TestCase(11.0, 11)]
    public void Sessions_are_the_first_number(object value, int expected)
    {
        Assert.That(SheetCells.TryNumber(value, out var number), Is.True);
        Assert.That(number, Is.EqualTo(expected));
    }

    [Test]
    public void Multi_value_cells_lose_their_bullets()
    {
        Assert.That(SheetCells.Lines("- Women & girls\r\n- Children\n-\n- Children"), Is.EqualTo(new[] { "Women & girls", "Children" }));
        Assert.That(SheetCells.Lines(new List<string> { "Migrants", "- Refugees" }), Is.EqualTo(new[] { "Migrants", "Refugees" }));
    }
}
