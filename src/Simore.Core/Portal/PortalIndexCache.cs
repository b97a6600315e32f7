using System.Collections.Concurrent;

namespace Simore.Core.Portal;

/// <summary>
/// The search indexes of the tenants read lately, one per tenant and database (the primary and a
/// read replica each have their own versions), within a memory budget: past it, the tenants read
/// longest ago are dropped and loaded again when someone searches them. An index is only used while
/// its version is the database's (checked on every search), so nothing here needs evicting on change.
/// </summary>
public sealed class PortalIndexCache(PortalOptions options)
{
    private readonly ConcurrentDictionary<(string Database, int Tenant), Entry> _entries = new();
    private long _size;

    public PortalIndex? Get(string database, int tenant)
    {
        if (!_entries.TryGetValue((database, tenant), out var entry))
        {
            return null;
        }

        entry.LastUsed = Environment.TickCount64;
        return entry.Index;
    }

    public void Set(string database, int tenant, PortalIndex index)
    {
        var entry = new Entry(index) { LastUsed = Environment.TickCount64 };
        _entries.AddOrUpdate((database, tenant), entry, (_, old) =>
        {
            Interlocked.Add(ref _size, -old.Index.Size);
            return entry;
        });
        Interlocked.Add(ref _size, index.Size);
        if (Interlocked.Read(ref _size) > options.SearchIndexBytes)
        {
            Trim();
        }
    }

    public long Size => Interlocked.Read(ref _size);

    private void Trim()
    {
        foreach (var (key, entry) in _entries.OrderBy(e => e.Value.LastUsed).ToList())
        {
            if (Interlocked.Read(ref _size) <= options.SearchIndexBytes * 3 / 4)
            {
                return;
            }

            if (_entries.TryRemove(new KeyValuePair<(string, int), Entry>(key, entry)))
            {
                Interlocked.Add(ref _size, -entry.Index.Size);
            }
        }
    }

    private sealed class Entry(PortalIndex index)
    {
        public PortalIndex Index { get; } = index;

        public long LastUsed { get; set; }
    }
}
