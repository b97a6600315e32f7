using Simore.Core.FollowUp;
using Simore.Core.Registry;
using Simore.Core.Reports;
using Simore.Core.Reports.Model;

namespace Simore.UnitTests.Reports;

/// <summary>A small report model made by hand: two clusters, shared and unpublished follow-up, a noted recommendation with none.</summary>
internal static class ReportFixture
{
    public const string SharedAction = "Slovenia ratified the International Convention for the Protection of All Persons from Enforced Disappearance in 2021.";
    public const string UnpublishedAction = "A new action plan against trafficking is being drafted with civil society.";
    public const string Challenge = "Reliable data on trafficking are not yet collected.";

    public static ReportModel Model(ReportKind kind = ReportKind.National, string language = "en", bool includeUnpublished = true)
    {
        var options = new ReportOptions { Language = language, IncludeUnpublished = includeUnpublished, Cycle = 4, InstitutionId = kind == ReportKind.Institution ? 7 : null };
        var published = new DateTimeOffset(2026, 3, 12, 10, 0, 0, TimeSpan.Zero);
        var shared = Action(100, SharedAction, ImplementationStatus.FullyImplemented, EntryStatus.Published, published);
        ReportRecommendation[] obligations =
        [
            Recommendation(1, "Ratify the Convention on enforced disappearance", Position.Supported, ImplementationStatus.FullyImplemented, "International obligations", [shared]),
            Recommendation(5, "Consider ratifying the Convention on migrant workers", Position.Noted, null, "International obligations", []),
            Recommendation(7, "Ratify the Optional Protocol", Position.Supported, ImplementationStatus.FullyImplemented, "International obligations", [shared]),
            Recommendation(8, "Accept the 2014 Protocol", Position.Supported, ImplementationStatus.InProgress, "International obligations", [Action(101, "The ratification of the 2014 Protocol is being examined.", ImplementationStatus.InProgress, EntryStatus.Published, published)]),
            Recommendation(9, "Withdraw reservations", Position.Supported, ImplementationStatus.FullyImplemented, "International obligations", [shared]),
        ];
        ReportRecommendation[] trafficking =
        [
            Recommendation(78, "Strengthen the fight against trafficking in persons", Position.Supported, ImplementationStatus.PartiallyImplemented, "Trafficking", [Action(102, "Training was given to 400 police officers.", ImplementationStatus.PartiallyImplemented, EntryStatus.Published, published, Challenge)]),
            Recommendation(79, "Protect victims of trafficking", Position.Supported, ImplementationStatus.NotStarted, "Trafficking", includeUnpublished ? [Action(103, UnpublishedAction, ImplementationStatus.InProgress, EntryStatus.Validated, null)] : []),
        ];
        return new ReportModel(
            kind,
            options,
            new StateInfo("Slovenia", "SVN", "en"),
            new ReviewInfo(4, 48, "A/HRC/59/15", new DateOnly(2025, 1, 28), new DateOnly(2029, 7, 28)),
            [new ReportCluster(1, "International obligations", obligations), new ReportCluster(2, "Trafficking", trafficking)],
            new NetworkFacts(12, 30, ["Equality", "Justice"], [new ReportMeeting("Justice", published, 8, "Two non-governmental organisations", null), new ReportMeeting("Equality", published.AddDays(30), 6, null, null)], 40, 9, 3, 2),
            kind == ReportKind.Institution ? new InstitutionFocus(7, "Ministry of Justice", new Dictionary<EntryStatus, int> { [EntryStatus.Published] = 3, [EntryStatus.Draft] = 1 }, [78, 79]) : null,
            new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));
    }

    public static int RecommendationCount => 7;

    private static ReportRecommendation Recommendation(long number, string text, Position position, ImplementationStatus? status, string cluster, IReadOnlyList<ReportAction> actions) => new(
        number,
        "A/HRC/59/15",
        "140." + number,
        number.ToString(System.Globalization.CultureInfo.InvariantCulture),
        text,
        ["Portugal", "Maldives"],
        position,
        status,
        cluster,
        ["Human trafficking"],
        ["5. Gender equality", "5.2"],
        ["Ministry of Justice"],
        ["Ministry of the Interior"],
        new DateOnly(2029, 7, 28),
        number == 78 ? [new ReportIndicator("Identified victims", "persons", 40, 80, 2029, 55, new DateOnly(2025, 12, 31))] : [],
        actions,
        number == 78 ? [new ReportAssessment("Human rights organisation", ImplementationStatus.InProgress, "Shelters are still missing.", new DateTimeOffset(2026, 5, 20, 0, 0, 0, TimeSpan.Zero))] : [],
        new DateTimeOffset(2026, 3, 12, 10, 0, 0, TimeSpan.Zero));

    private static ReportAction Action(long id, string text, ImplementationStatus status, EntryStatus state, DateTimeOffset? published, string? challenge = null) =>
        new(id, "Ministry of Justice", text, MeasureKind.Law, new DateOnly(2025, 6, 1), null, status, state, published, published ?? new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero), challenge, null);
}
