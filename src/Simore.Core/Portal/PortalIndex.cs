using System.Numerics;

namespace Simore.Core.Portal;

/// <summary>One public recommendation as the index loads it: its id and its place in the "recent" and "status" orders.</summary>
public sealed record PortalIndexRow(long Id, int RecentRank, int StatusRank);

/// <summary>
/// What the public search needs to filter, count and order one tenant's recommendations, held in
/// memory: the public recommendations in reference order, one bit set per facet key ("state:FRA",
/// "cycle:4", …) and the positions in the "recent" and "status" orders. A filter is an intersection of
/// bit sets, a facet count the population count of one, a page a walk along an order, all without a
/// round trip; full text stays in PostgreSQL and arrives here as a set of ids. Immutable: a new
/// version of the tenant's data is a new index (see <see cref="PortalIndexCache"/>).
/// </summary>
public sealed class PortalIndex
{
    private readonly long[] _ids;
    private readonly Dictionary<long, int> _positions;
    private readonly int[] _recent;
    private readonly int[] _byStatus;
    private readonly Dictionary<string, ulong[]> _keys;
    private readonly (string Facet, string Value, ulong[] Bits)[] _facetKeys;

    /// <param name="rows">The public recommendations in reference order.</param>
    /// <param name="keys">Each facet key with the recommendations that carry it (ids not among the rows are left out).</param>
    public PortalIndex(long version, IReadOnlyList<PortalIndexRow> rows, IEnumerable<(string Key, long[] Ids)> keys)
    {
        Version = version;
        var count = rows.Count;
        _ids = new long[count];
        _positions = new Dictionary<long, int>(count);
        _recent = new int[count];
        _byStatus = new int[count];
        for (var i = 0; i < count; i++)
        {
            var row = rows[i];
            _ids[i] = row.Id;
            _positions[row.Id] = i;
            _recent[Math.Clamp(row.RecentRank, 0, count - 1)] = i;
            _byStatus[Math.Clamp(row.StatusRank, 0, count - 1)] = i;
        }

        _keys = new Dictionary<string, ulong[]>(StringComparer.Ordinal);
        foreach (var (key, ids) in keys)
        {
            var bits = NewSet(count);
            foreach (var id in ids)
            {
                if (_positions.TryGetValue(id, out var i))
                {
                    bits[i >> 6] |= 1UL << (i & 63);
                }
            }

            _keys[key] = bits;
        }

        // Targets are a filter, not a facet.
        _facetKeys = _keys
            .Where(k => !k.Key.StartsWith("target:", StringComparison.Ordinal) && k.Key.Contains(':', StringComparison.Ordinal))
            .Select(k => (k.Key[..k.Key.IndexOf(':', StringComparison.Ordinal)], k.Key[(k.Key.IndexOf(':', StringComparison.Ordinal) + 1)..], k.Value))
            .ToArray();
    }

    public long Version { get; }

    public int Count => _ids.Length;

    /// <summary>About how many bytes the index holds, to bound the cache.</summary>
    public long Size => (_ids.Length * 40L) + (_keys.Count * (64L + (NewSetLength(_ids.Length) * 8L)));

    /// <summary>
    /// The recommendations that carry every one of <paramref name="keys"/> and, when
    /// <paramref name="textMatches"/> is given, are among them.
    /// </summary>
    public ulong[] Match(IEnumerable<string> keys, IEnumerable<long>? textMatches)
    {
        var match = NewSet(Count);
        if (textMatches is null)
        {
            Array.Fill(match, ulong.MaxValue);
            if ((Count & 63) != 0)
            {
                match[^1] = (1UL << (Count & 63)) - 1;
            }
        }
        else
        {
            foreach (var id in textMatches)
            {
                if (_positions.TryGetValue(id, out var i))
                {
                    match[i >> 6] |= 1UL << (i & 63);
                }
            }
        }

        foreach (var key in keys)
        {
            if (!_keys.TryGetValue(key, out var bits))
            {
                Array.Clear(match);
                break;
            }

            for (var w = 0; w < match.Length; w++)
            {
                match[w] &= bits[w];
            }
        }

        return match;
    }

    public static int CountOf(ulong[] match)
    {
        var total = 0;
        foreach (var word in match)
        {
            total += BitOperations.PopCount(word);
        }

        return total;
    }

    /// <summary>The count of every facet value among the matches (values with none left out), largest first.</summary>
    public Dictionary<string, IReadOnlyList<FacetValue>> Facets(ulong[] match)
    {
        var values = new Dictionary<string, List<FacetValue>>(StringComparer.Ordinal);
        foreach (var (facet, value, bits) in _facetKeys)
        {
            var count = 0;
            for (var w = 0; w < match.Length; w++)
            {
                count += BitOperations.PopCount(match[w] & bits[w]);
            }

            if (count > 0)
            {
                if (!values.TryGetValue(facet, out var list))
                {
                    values[facet] = list = [];
                }

                list.Add(new FacetValue(value, count));
            }
        }

        return values.ToDictionary(
            v => v.Key,
            v => (IReadOnlyList<FacetValue>)v.Value.OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal).ToList(),
            StringComparer.Ordinal);
    }

    /// <summary>
    /// The ids of the matches in the given order, from <paramref name="skip"/> on, at most
    /// <paramref name="take"/>. With <paramref name="scores"/> (relevance), the best score first and
    /// reference order among equals.
    /// </summary>
    public IReadOnlyList<long> Page(ulong[] match, PortalOrder order, IReadOnlyDictionary<long, double>? scores, int skip, int take)
    {
        var page = new List<long>(Math.Min(take, 100));
        if (order == PortalOrder.Relevance && scores is not null)
        {
            return Enumerable.Range(0, Count)
                .Where(i => IsSet(match, i))
                .OrderByDescending(i => scores.GetValueOrDefault(_ids[i]))
                .ThenBy(i => i)
                .Skip(skip)
                .Take(take)
                .Select(i => _ids[i])
                .ToList();
        }

        var sequence = order switch
        {
            PortalOrder.Recent => _recent,
            PortalOrder.Status => _byStatus,
            _ => null,
        };
        for (var n = 0; n < Count && page.Count < take; n++)
        {
            var i = sequence is null ? n : sequence[n];
            if (IsSet(match, i) && skip-- <= 0)
            {
                page.Add(_ids[i]);
            }
        }

        return page;
    }

    private static bool IsSet(ulong[] set, int i) => (set[i >> 6] & (1UL << (i & 63))) != 0;

    private static int NewSetLength(int count) => (count + 63) >> 6;

    private static ulong[] NewSet(int count) => new ulong[NewSetLength(count)];
}

/// <summary>The orders of the public search.</summary>
public enum PortalOrder
{
    Reference,
    Relevance,
    Recent,
    Status,
}
