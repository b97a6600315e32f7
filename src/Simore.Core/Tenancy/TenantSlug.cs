using System.Text.RegularExpressions;

namespace Simore.Core.Tenancy;

public static partial class TenantSlug
{
    /// <summary>Path segments that belong to the platform and can never be a tenant.</summary>
    public static readonly IReadOnlySet<string> Reserved = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "account", "admin", "api", "css", "js", "lib", "img", "health", "hangfire", "platform", "language", "error", "favicon.ico", "robots.txt",
    };

    public static bool IsValid(string? slug) =>
        slug is not null && SlugPattern().IsMatch(slug) && !Reserved.Contains(slug);

    [GeneratedRegex("^[a-z][a-z0-9-]{1,31}$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();
}
