namespace Simore.Web.Features.Institutions;

/// <summary>Institutions are few per State (tens), so the hierarchy is walked in memory.</summary>
public static class InstitutionTree
{
    /// <summary>Parents first, each followed by its children, with their depth; siblings by name.</summary>
    public static List<(T Item, int Depth)> Ordered<T>(IReadOnlyCollection<T> items, Func<T, long> id, Func<T, long?> parentId, Func<T, string> name)
    {
        var ids = items.Select(id).ToHashSet();
        var children = items.ToLookup(i => parentId(i) is { } p && ids.Contains(p) ? p : (long?)null);
        var comparer = StringComparer.Create(System.Globalization.CultureInfo.CurrentUICulture, true);
        var result = new List<(T, int)>(items.Count);
        var seen = new HashSet<long>();

        void Walk(long? parent, int depth)
        {
            foreach (var item in children[parent].OrderBy(name, comparer))
            {
                if (seen.Add(id(item)))
                {
                    result.Add((item, depth));
                    Walk(id(item), depth + 1);
                }
            }
        }

        Walk(null, 0);
        return result;
    }

    /// <summary>The institution and everything below it: none of them can become its parent.</summary>
    public static HashSet<long> SelfAndDescendants(IEnumerable<(long Id, long? ParentId)> pairs, long root)
    {
        var children = pairs.Where(p => p.ParentId is not null).ToLookup(p => p.ParentId!.Value, p => p.Id);
        var found = new HashSet<long> { root };
        var queue = new Queue<long>([root]);
        while (queue.TryDequeue(out var current))
        {
            foreach (var child in children[current])
            {
                if (found.Add(child))
                {
                    queue.Enqueue(child);
                }
            }
        }

        return found;
    }
}
