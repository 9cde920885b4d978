namespace ClusterGraph.Redis.ResponseCaching;

/// <summary>
/// The in-process cache (L1): least-recently-used, bounded by the bytes its entries hold. One lock;
/// every operation is a dictionary lookup and a linked-list splice.
/// </summary>
internal sealed class MemoryResponseCache
{
    private readonly Lock _sync = new();
    private readonly Dictionary<string, LinkedListNode<KeyValuePair<string, CachedResponse>>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<KeyValuePair<string, CachedResponse>> _recency = new();
    private readonly long _sizeLimit;
    private long _size;

    public MemoryResponseCache(long sizeLimit)
    {
        _sizeLimit = sizeLimit;
    }

    public int Count
    {
        get
        {
            lock (_sync)
            {
                return _entries.Count;
            }
        }
    }

    public long Size
    {
        get
        {
            lock (_sync)
            {
                return _size;
            }
        }
    }

    /// <summary>The entry for <paramref name="key"/> if it was computed at <paramref name="version"/> and has not expired; anything else found is dropped.</summary>
    public CachedResponse? TryGet(string key, string version, DateTimeOffset now)
    {
        lock (_sync)
        {
            if (!_entries.TryGetValue(key, out LinkedListNode<KeyValuePair<string, CachedResponse>>? node))
            {
                return null;
            }

            CachedResponse entry = node.Value.Value;
            if (entry.ExpiresAt <= now || entry.Version != version)
            {
                Remove(node);
                return null;
            }

            _recency.Remove(node);
            _recency.AddFirst(node);
            return entry;
        }
    }

    public void Set(string key, CachedResponse entry)
    {
        if (entry.Size > _sizeLimit)
        {
            return;
        }

        lock (_sync)
        {
            if (_entries.TryGetValue(key, out LinkedListNode<KeyValuePair<string, CachedResponse>>? existing))
            {
                Remove(existing);
            }

            LinkedListNode<KeyValuePair<string, CachedResponse>> node = _recency.AddFirst(new KeyValuePair<string, CachedResponse>(key, entry));
            _entries[key] = node;
            _size += entry.Size;
            while (_size > _sizeLimit && _recency.Last is { } oldest)
            {
                Remove(oldest);
            }
        }
    }

    public void Clear()
    {
        lock (_sync)
        {
            _entries.Clear();
            _recency.Clear();
            _size = 0;
        }
    }

    private void Remove(LinkedListNode<KeyValuePair<string, CachedResponse>> node)
    {
        _recency.Remove(node);
        _entries.Remove(node.Value.Key);
        _size -= node.Value.Value.Size;
    }
}
