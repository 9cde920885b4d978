namespace ClusterGraph.GraphQL.Execution;

/// <summary>
/// The DataLoaders of one request. The executor calls <see cref="DispatchQueued"/> when it
/// has started all the work it can: every loader with queued keys then makes one batch call.
/// </summary>
public sealed class DataLoaderScope
{
    private readonly Dictionary<string, object> _loaders = new(StringComparer.Ordinal);
    private readonly List<IDataLoader> _queued = [];
    private readonly Lock _lock = new();
    private TaskCompletionSource? _workSignal;
    private int _completing;

    public DataLoaderScope(CancellationToken cancellationToken = default)
    {
        CancellationToken = cancellationToken;
    }

    public CancellationToken CancellationToken { get; }

    /// <summary>The loader registered under <paramref name="name"/>, created with <paramref name="batch"/> on first use.</summary>
    public DataLoader<TKey, TValue> GetOrAdd<TKey, TValue>(string name, BatchLoader<TKey, TValue> batch, int maxBatchSize = 0)
        where TKey : notnull
    {
        lock (_lock)
        {
            if (_loaders.TryGetValue(name, out object? existing))
            {
                return existing as DataLoader<TKey, TValue>
                    ?? throw new InvalidOperationException($"DataLoader \"{name}\" was registered with other key or value types.");
            }

            var loader = new DataLoader<TKey, TValue>(this, batch, maxBatchSize);
            _loaders.Add(name, loader);
            return loader;
        }
    }

    /// <summary>Dispatches every loader with queued keys; false when nothing was queued.</summary>
    public bool DispatchQueued()
    {
        IDataLoader[] loaders;
        lock (_lock)
        {
            // While a batch hands out its values, the resolvers waiting on them are still queuing the next
            // level's keys: dispatching now would split that level into several batches.
            if (_queued.Count == 0 || _completing > 0)
            {
                return false;
            }

            loaders = [.. _queued];
            _queued.Clear();
        }

        foreach (IDataLoader loader in loaders)
        {
            loader.DispatchQueued();
        }

        return true;
    }

    /// <summary>Completes when some loader has queued keys (at once if one already has).</summary>
    internal Task WhenWorkQueued()
    {
        lock (_lock)
        {
            if (_queued.Count > 0 && _completing == 0)
            {
                return Task.CompletedTask;
            }

            _workSignal ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _workSignal.Task;
        }
    }

    internal bool HasQueued
    {
        get
        {
            lock (_lock)
            {
                return _queued.Count > 0;
            }
        }
    }

    internal void Enqueue(IDataLoader loader)
    {
        TaskCompletionSource? signal = null;
        lock (_lock)
        {
            _queued.Add(loader);
            if (_completing == 0)
            {
                signal = _workSignal;
                _workSignal = null;
            }
        }

        signal?.TrySetResult();
    }

    /// <summary>A batch starts handing out values (see <see cref="DispatchQueued"/>).</summary>
    internal void BeginCompletion()
    {
        lock (_lock)
        {
            _completing++;
        }
    }

    /// <summary>A batch has handed out all its values: keys queued meanwhile may now be dispatched.</summary>
    internal void EndCompletion()
    {
        TaskCompletionSource? signal = null;
        lock (_lock)
        {
            _completing--;
            if (_completing == 0 && _queued.Count > 0)
            {
                signal = _workSignal;
                _workSignal = null;
            }
        }

        signal?.TrySetResult();
    }

    /// <summary>
    /// Runs <paramref name="work"/> to completion, dispatching queued loads whenever it is waiting:
    /// the way a standalone caller (outside the executor) drives batching.
    /// </summary>
    public async Task<T> RunAsync<T>(Func<Task<T>> work)
    {
        Task<T> task = work();
        while (!task.IsCompleted)
        {
            if (DispatchQueued())
            {
                continue;
            }

            await Task.WhenAny(task, WhenWorkQueued()).ConfigureAwait(false);
        }

        return await task.ConfigureAwait(false);
    }
}
