using static Simore.Core.Localization.Keys;

namespace Simore.Core.Reports;

/// <summary>The reasons a drafter reads when a draft could not be made (English keys, translated where shown).</summary>
public static class ReportFailure
{
    public static readonly string RendererUnavailable = LocalizedKey("The PDF could not be made: the server's PDF renderer is not available. Choose Word, or ask the platform administrator.");

    public static readonly string TimedOut = LocalizedKey("Making the draft took too long. Try again, or choose fewer clusters.");

    public static readonly string InstitutionGone = LocalizedKey("The institution of this report no longer exists.");

    public static readonly string Stalled = LocalizedKey("The job stopped before it finished (the server may have restarted). Try again.");

    public static readonly string Unexpected = LocalizedKey("Something went wrong while making the draft. Try again; if it fails again, tell the platform administrator.");
}
