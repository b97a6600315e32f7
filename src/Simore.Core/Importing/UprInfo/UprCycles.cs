namespace Simore.Core.Importing.UprInfo;

/// <summary>Which UPR cycle a Working Group session belongs to (14 sessions a cycle since the second).</summary>
public static class UprCycles
{
    public static int? OfSession(int? session) => session switch
    {
        null or < 1 => null,
        <= 12 => 1,
        <= 26 => 2,
        <= 40 => 3,
        _ => 4,
    };
}
