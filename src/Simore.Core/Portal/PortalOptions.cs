namespace Simore.Core.Portal;

/// <summary>Bound from the "Simore:Portal" section.</summary>
public sealed class PortalOptions
{
    /// <summary>
    /// Memory the web process may give to the search indexes of the tenants read lately (about 130
    /// bytes per recommendation): 64 MB holds some 500,000 recommendations. Past it, the tenants read
    /// longest ago are loaded again on their next search.
    /// </summary>
    public long SearchIndexBytes { get; set; } = 64L * 1024 * 1024;
}
