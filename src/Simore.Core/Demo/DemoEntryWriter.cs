using System.Globalization;
using Simore.Core.FollowUp;
using Simore.Core.Registry;

namespace Simore.Core.Demo;

/// <summary>Writes the demo's follow-up entries: what an institution might plausibly report, in the UN's plain style.</summary>
internal sealed class DemoEntryWriter(Random random, Guid author, IReadOnlyDictionary<long, (string Name, string Acronym)> institutions)
{
    private static readonly DateOnly Review = new(2025, 1, 28);

    public FollowUpEntry Plan(List<long> recommendations, long institution, DemoTopics.Topic topic)
    {
        var start = Review.AddDays(random.Next(40, 200));
        var text = $"In {Month(start)}, the Government adopted the {topic.Plan} for {start.Year}\u2013{start.Year + 4}, which sets out {random.Next(12, 40)} measures on {topic.Subject}; each measure has a responsible institution, a deadline and a budget.";
        return Entry(recommendations, institution, text, MeasureKind.Policy, ImplementationStatus.InProgress, start, start.AddYears(4), EntryStatus.Published, publishedDelay: 30);
    }

    /// <summary>None, one or two earlier entries and the latest one, whose status becomes the recommendation's.</summary>
    public IEnumerable<FollowUpEntry> For(long recommendation, long institution, Position position, DemoTopics.Topic topic)
    {
        var roll = random.NextDouble();
        ImplementationStatus? status = position == Position.Noted
            ? roll switch { < 0.35 => null, < 0.8 => ImplementationStatus.NotStarted, _ => ImplementationStatus.InProgress }
            : roll switch { < 0.1 => null, < 0.28 => ImplementationStatus.FullyImplemented, < 0.55 => ImplementationStatus.PartiallyImplemented, < 0.88 => ImplementationStatus.InProgress, _ => ImplementationStatus.NotStarted };
        if (status is null)
        {
            yield break;
        }

        var day = Review.AddDays(random.Next(60, 300));
        if (status is ImplementationStatus.FullyImplemented or ImplementationStatus.PartiallyImplemented && random.NextDouble() < 0.5)
        {
            yield return Entry([recommendation], institution, Training(topic, institution, day), MeasureKind.Awareness, ImplementationStatus.InProgress, day, null, EntryStatus.Published, publishedDelay: random.Next(20, 50));
            day = day.AddDays(random.Next(120, 280));
        }

        var (text, kind) = Latest(status.Value, position, topic, institution, day);
        var entry = Entry([recommendation], institution, text, kind, status.Value, day, kind == MeasureKind.Programme ? day.AddYears(2) : null, EntryStatus.Published, publishedDelay: random.Next(20, 60));
        if (random.NextDouble() < 0.22)
        {
            entry.Challenges = Pick(
                $"Staff shortages in the {Name(institution)} slow the implementation.",
                $"Reliable data on {topic.Subject} are not yet collected in a systematic way.",
                $"Coordination between national and local authorities on {topic.Subject} remains difficult.");
        }

        if (random.NextDouble() < 0.1)
        {
            entry.TechnicalAssistanceNeeds = Pick(
                $"Technical assistance from OHCHR in developing indicators on {topic.Subject} would be welcome.",
                $"An exchange of good practices with other States on {topic.Subject} would support the implementation.");
        }

        yield return entry;
    }

    /// <summary>A recent entry still on its way (validated or submitted): it appears only in drafts that include unpublished follow-up.</summary>
    public FollowUpEntry Unpublished(long recommendation, long institution, DemoTopics.Topic topic)
    {
        var day = new DateOnly(2026, 9, 1).AddDays(random.Next(0, 50));
        var text = $"In {Month(day)}, the {Name(institution)} completed an evaluation of the measures on {topic.Subject}; its conclusions will be presented to the Government before the end of the year.";
        return Entry([recommendation], institution, text, MeasureKind.Other, ImplementationStatus.InProgress, day, null, random.NextDouble() < 0.6 ? EntryStatus.Validated : EntryStatus.Submitted, publishedDelay: 0);
    }

    private (string Text, MeasureKind Kind) Latest(ImplementationStatus status, Position position, DemoTopics.Topic topic, long institution, DateOnly day) => status switch
    {
        ImplementationStatus.FullyImplemented => Pick(
            ($"In {Month(day)}, the National Assembly adopted amendments to the {topic.Law} on {topic.Subject}. The amendments entered into force in {Month(day.AddMonths(2))} and address the recommendation in full.", MeasureKind.Law),
            ($"A coordination body on {topic.Subject}, bringing together the ministries concerned, the Human Rights Ombudsman and civil society, was established in {Month(day)} and meets every quarter.", MeasureKind.Institutional),
            ($"The {topic.Plan} was adopted in {Month(day)}; its first report shows that {random.Next(80, 100)} per cent of its measures on {topic.Subject} have been carried out.", MeasureKind.Policy)),
        ImplementationStatus.PartiallyImplemented => Pick(
            ($"In {day.Year}, the {Name(institution)} launched a programme on {topic.Subject} in {random.Next(8, 60)} municipalities; {random.Next(300, 5000).ToString("N0", CultureInfo.InvariantCulture)} persons took part by {Month(day.AddMonths(8))}. It will be extended to the whole country.", MeasureKind.Programme),
            ($"Funding for {topic.Subject} rose by {random.Next(5, 40)} per cent in the {day.Year} budget, to EUR {random.Next(2, 60)} million; a further increase is planned for {day.Year + 1}.", MeasureKind.Budget)),
        ImplementationStatus.InProgress => Pick(
            ($"A draft amendment to the {topic.Law} concerning {topic.Subject} was put to public consultation in {Month(day)}; the Government plans to submit it to the National Assembly in {day.Year + 1}.", MeasureKind.Law),
            ($"The {Name(institution)} is preparing the {topic.Plan} in consultation with civil society; {random.Next(3, 12)} consultation meetings were held in {day.Year}.", MeasureKind.Policy),
            (Training(topic, institution, day), MeasureKind.Awareness)),
        _ => position == Position.Noted
            ? ($"Slovenia noted this recommendation. The {Name(institution)} keeps {topic.Subject} under review and will consider the matter again before the next review.", MeasureKind.Other)
            : ($"The {Name(institution)} has analysed the recommendation on {topic.Subject}; measures will be proposed in the {topic.Plan} once the necessary budget is secured.", MeasureKind.Other),
    };

    private string Training(DemoTopics.Topic topic, long institution, DateOnly day) =>
        $"In {day.Year}, the {Name(institution)} organised {random.Next(4, 30)} training sessions on {topic.Subject} for {random.Next(80, 900)} public officials, police officers, social workers and judges.";

    private FollowUpEntry Entry(List<long> recommendations, long institution, string text, MeasureKind kind, ImplementationStatus status, DateOnly start, DateOnly? end, EntryStatus state, int publishedDelay)
    {
        start = DemoFollowUp.Capped(start);
        var published = DemoFollowUp.At(DemoFollowUp.Capped(start.AddDays(publishedDelay))).AddHours(10);
        var entry = new FollowUpEntry
        {
            InstitutionId = institution,
            AuthorId = author,
            AuthorName = "Focal point, " + institutions[institution].Acronym,
            Status = state,
            Text = text,
            MeasureKind = kind,
            StartDate = start,
            EndDate = end,
            ProposedStatus = status,
            CreatedAt = published.AddDays(-12),
            UpdatedAt = published,
            PublishedAt = state == EntryStatus.Published ? published : null,
        };
        entry.Recommendations.AddRange(recommendations.Select(id => new EntryRecommendation { RecommendationId = id }));
        var steps = state switch
        {
            EntryStatus.Published => new[] { EntryStatus.Draft, EntryStatus.Submitted, EntryStatus.Validated, EntryStatus.Published },
            EntryStatus.Validated => [EntryStatus.Draft, EntryStatus.Submitted, EntryStatus.Validated],
            _ => [EntryStatus.Draft, EntryStatus.Submitted],
        };
        for (var i = 1; i < steps.Length; i++)
        {
            entry.Transitions.Add(new EntryTransition { From = steps[i - 1], To = steps[i], UserName = entry.AuthorName, At = published.AddDays(i - steps.Length) });
        }

        return entry;
    }

    private string Name(long institution) => institutions[institution].Name;

    private static string Month(DateOnly day) => day.ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    private T Pick<T>(params T[] choices) => choices[random.Next(choices.Length)];
}
