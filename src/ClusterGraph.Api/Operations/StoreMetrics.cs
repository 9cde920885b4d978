using System.Collections.Concurrent;

namespace ClusterGraph.Api.Operations;

/// <summary>Store calls by method and outcome, and their latency by method (filled by <see cref="MeasuredGraphStore"/>).</summary>
public sealed class StoreMetrics
{
    private readonly ConcurrentDictionary<string, StoreMethodMetrics> _methods = new(StringComparer.Ordinal);

    /// <summary>The counters of one method, created on first use (callers keep it to skip the lookup).</summary>
    public StoreMethodMetrics For(string method) => _methods.GetOrAdd(method, static _ => new StoreMethodMetrics());

    public void Record(string method, bool failed, TimeSpan? elapsed) => For(method).Record(failed, elapsed);

    public IReadOnlyList<KeyValuePair<(string Method, string Outcome), long>> Calls()
    {
        var calls = new List<KeyValuePair<(string Method, string Outcome), long>>();
        foreach (KeyValuePair<string, StoreMethodMetrics> method in _methods.OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            if (method.Value.Errors > 0)
            {
                calls.Add(KeyValuePair.Create((method.Key, "error"), method.Value.Errors));
            }

            if (method.Value.Successes > 0)
            {
                calls.Add(KeyValuePair.Create((method.Key, "ok"), method.Value.Successes));
            }
        }

        return calls;
    }

    public IReadOnlyList<KeyValuePair<string, HistogramSnapshot>> Latency() =>
        [.. _methods.Where(m => m.Value.IsTimed).OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => KeyValuePair.Create(m.Key, m.Value.Latency.Snapshot()))];
}

/// <summary>One store method's call counts by outcome and its latency.</summary>
public sealed class StoreMethodMetrics
{
    private long _successes;
    private long _errors;
    private int _timed;

    public long Successes => Interlocked.Read(ref _successes);

    public long Errors => Interlocked.Read(ref _errors);

    public LatencyHistogram Latency { get; } = new();

    internal bool IsTimed => Volatile.Read(ref _timed) != 0;

    /// <summary>Counts one call; <paramref name="elapsed"/> null for calls whose duration is no latency (a stream opened).</summary>
    public void Record(bool failed, TimeSpan? elapsed)
    {
        Interlocked.Increment(ref failed ? ref _errors : ref _successes);
        if (elapsed is { } time)
        {
            Volatile.Write(ref _timed, 1);
            Latency.Observe(time);
        }
    }
}
