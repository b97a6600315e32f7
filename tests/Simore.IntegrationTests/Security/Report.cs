namespace Simore.IntegrationTests.Security;

/// <summary>Failures of a generated test, one per line: the assertion's own list is cut after ten.</summary>
public static class Report
{
    public static string Lines(IReadOnlyCollection<string> failures, int? of = null) =>
        (of is null ? $"{failures.Count} failures:" : $"{failures.Count} of {of} requests:")
        + Environment.NewLine + string.Join(Environment.NewLine, failures);
}
