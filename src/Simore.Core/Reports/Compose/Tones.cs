using Simore.Core.FollowUp;

namespace Simore.Core.Reports.Compose;

public static class Tones
{
    /// <summary>From best to worst, the order of legends and columns.</summary>
    public static readonly IReadOnlyList<StatusTone> All = [StatusTone.Fully, StatusTone.Partially, StatusTone.InProgress, StatusTone.NotStarted, StatusTone.NoInformation];

    public static StatusTone Of(ImplementationStatus? status) => status switch
    {
        ImplementationStatus.FullyImplemented => StatusTone.Fully,
        ImplementationStatus.PartiallyImplemented => StatusTone.Partially,
        ImplementationStatus.InProgress => StatusTone.InProgress,
        ImplementationStatus.NotStarted => StatusTone.NotStarted,
        _ => StatusTone.NoInformation,
    };

    public static ImplementationStatus? Status(StatusTone tone) => tone switch
    {
        StatusTone.Fully => ImplementationStatus.FullyImplemented,
        StatusTone.Partially => ImplementationStatus.PartiallyImplemented,
        StatusTone.InProgress => ImplementationStatus.InProgress,
        StatusTone.NotStarted => ImplementationStatus.NotStarted,
        _ => null,
    };

    /// <summary>Background colours (hex, no #), those of the portal's status badges: white text on each is readable (WCAG AA).</summary>
    public static string Colour(StatusTone tone) => tone switch
    {
        StatusTone.Fully => "1A7F37",
        StatusTone.Partially => "9A6700",
        StatusTone.InProgress => "0969DA",
        StatusTone.NotStarted => "CF222E",
        _ => "6E7781",
    };

    public static IReadOnlyDictionary<StatusTone, int> Count(IEnumerable<ImplementationStatus?> statuses)
    {
        var counts = All.ToDictionary(t => t, _ => 0);
        foreach (var status in statuses)
        {
            counts[Of(status)]++;
        }

        return counts;
    }
}
