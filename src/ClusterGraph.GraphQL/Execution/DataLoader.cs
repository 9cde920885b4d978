namespace ClusterGraph.GraphQL.Execution;

/// <summary>
/// Per-request batching and caching of loads by key: every <see cref="LoadAsync"/> made while the
/// executor is still starting work joins one queue, and the scope turns the queue into a single
/// <see cref="BatchLoader{TKey, TValue}"/> call once execution cannot proceed without it. A key is
/// loaded at most once per request.
/// </summary>
public sealed class DataLoader<TKey, TValue> : IDataLoader
    where TKey : notnull
{
    private readonly DataLoaderScope _scope;
    private readonly BatchLoader<TKey, TValue> _batch;
    private readonly int _maxBatchSize;
    private readonly Dictionary<TKey, TaskCompletionSource<TValue?>> _cache = [];
    private readonly List<TKey> _queue = [];
    private readonly Lock _lock = new();

    internal DataLoader(DataLoaderScope scope, BatchLoader<TKey, TValue> batch, int maxBatchSize)
    {
        _scope = scope;
        _batch = batch;
        _maxBatchSize = maxBatchSize <= 0 ? int.MaxValue : maxBatchSize;
    }

    /// <summary>How many batch calls this loader has made.</summary>
    public int BatchCount { get; private set; }

    /// <summary>The value for <paramref name="key"/>: from this request's cache, or from the next batch.</summary>
    public Task<TValue?> LoadAsync(TKey key)
    {
        bool first;
        TaskCompletionSource<TValue?>? completion;
        lock (_lock)
        {
            if (_cache.TryGetValue(key, out completion))
            {
                return completion.Task;
            }

            completion = new TaskCompletionSource<TValue?>();
            _cache.Add(key, completion);
            first = _queue.Count == 0;
            _queue.Add(key);
        }

        if (first)
        {
            _scope.Enqueue(this);
        }

        return completion.Task;
    }

    /// <summary>The values for many keys, in order.</summary>
    public async Task<IReadOnlyList<TValue?>> LoadManyAsync(IEnumerable<TKey> keys)
    {
        var tasks = keys.Select(LoadAsync).ToList();
        return await Task.WhenAll(tasks).ConfigureAwait(false);
    }

    /// <summary>Puts a value in the cache (no effect when the key is already loaded or queued).</summary>
    public void Prime(TKey key, TValue? value)
    {
        lock (_lock)
        {
            if (!_cache.ContainsKey(key))
            {
                var completion = new TaskCompletionSource<TValue?>();
                completion.SetResult(value);
                _cache.Add(key, completion);
            }
        }
    }

    bool IDataLoader.DispatchQueued()
    {
        TKey[] keys;
        lock (_lock)
        {
            if (_queue.Count == 0)
            {
                return false;
            }

            keys = [.. _queue];
            _queue.Clear();
        }

        for (int start = 0; start < keys.Length; start += _maxBatchSize)
        {
            TKey[] batch = keys[start..Math.Min(keys.Length, start + _maxBatchSize)];
            BatchCount++;
            _ = RunBatchAsync(batch);
        }

        return true;
    }

    private async Task RunBatchAsync(TKey[] keys)
    {
        IReadOnlyDictionary<TKey, TValue>? values = null;
        Exception? failure = null;
        try
        {
            values = await _batch(keys, _scope.CancellationToken).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            failure = e;
        }

        _scope.BeginCompletion();
        try
        {
            Complete(keys, values, failure);
        }
        finally
        {
            _scope.EndCompletion();
        }
    }

    private void Complete(TKey[] keys, IReadOnlyDictionary<TKey, TValue>? values, Exception? failure)
    {
        foreach (TKey key in keys)
        {
            TaskCompletionSource<TValue?> completion;
            lock (_lock)
            {
                completion = _cache[key];
            }

            if (failure is not null)
            {
                completion.TrySetException(failure);
            }
            else
            {
                completion.TrySetResult(values!.TryGetValue(key, out TValue? value) ? value : default);
            }
        }
    }
}
