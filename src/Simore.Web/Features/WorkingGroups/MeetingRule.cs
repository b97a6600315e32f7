using Simore.Core.Network;

namespace Simore.Web.Features.WorkingGroups;

/// <summary>
/// A working group should meet at least <see cref="WorkingGroup.MeetingsExpectedPerYear"/> times a
/// year: the meetings held in the twelve months up to now count (planned ones do not yet).
/// </summary>
public static class MeetingRule
{
    public static DateTimeOffset WindowStart(DateTimeOffset now) => now.AddYears(-1);

    public static bool IsBehind(bool isActive, int meetingsInWindow) =>
        isActive && meetingsInWindow < WorkingGroup.MeetingsExpectedPerYear;
}
