namespace Simore.Core.Importing;

/// <summary>The readers by format name.</summary>
public sealed class ReaderCatalog(IEnumerable<IRecommendationReader> readers)
{
    private readonly Dictionary<string, IRecommendationReader> _readers = readers.ToDictionary(r => r.Format, StringComparer.OrdinalIgnoreCase);

    public IReadOnlyCollection<string> Formats => _readers.Keys;

    public IRecommendationReader? Find(string format) => _readers.GetValueOrDefault(format);
}
