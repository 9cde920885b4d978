using System.Collections.Concurrent;

namespace ClusterGraph.GraphQL.AspNetCore;

/// <summary>
/// A bounded in-process document store: when full, the oldest registration is dropped (an APQ client
/// simply registers again). Seed it with trusted documents through the constructor.
/// </summary>
public sealed class InMemoryPersistedDocumentStore : IPersistedDocumentStore
{
    /// <summary>How many documents the default store keeps.</summary>
    public const int DefaultCapacity = 10_000;

    private readonly ConcurrentDictionary<string, string> _documents = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _insertionOrder = new();
    private readonly int _capacity;

    /// <summary>Creates an empty store of <see cref="DefaultCapacity"/> documents.</summary>
    public InMemoryPersistedDocumentStore()
        : this([], DefaultCapacity)
    {
    }

    /// <summary>Creates a store holding <paramref name="documents"/> (hashed here) with room for <paramref name="capacity"/>.</summary>
    public InMemoryPersistedDocumentStore(IEnumerable<string> documents, int capacity = DefaultCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _capacity = capacity;
        foreach (string document in documents)
        {
            Add(PersistedDocumentHash.Compute(document), document);
        }
    }

    /// <summary>How many documents are stored.</summary>
    public int Count => _documents.Count;

    /// <inheritdoc />
    public ValueTask<string?> TryGetAsync(string sha256Hash, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_documents.TryGetValue(sha256Hash.ToLowerInvariant(), out string? document) ? document : null);

    /// <inheritdoc />
    public ValueTask SaveAsync(string sha256Hash, string document, CancellationToken cancellationToken)
    {
        Add(sha256Hash.ToLowerInvariant(), document);
        return ValueTask.CompletedTask;
    }

    private void Add(string hash, string document)
    {
        if (!_documents.TryAdd(hash, document))
        {
            return;
        }

        _insertionOrder.Enqueue(hash);

        // Bounded: each pass drops one old entry, and there are at most as many extra entries as racing adders.
        int guard = _capacity + 64;
        while (_documents.Count > _capacity && guard-- > 0 && _insertionOrder.TryDequeue(out string? oldest))
        {
            _documents.TryRemove(oldest, out _);
        }
    }
}
