// The decorator as it was before the cached-delegate rewrite (HEAD b3ac1c8), kept only as the "before" of this benchmark.
using System.Collections.Concurrent;

namespace ClusterGraph.StoreProxyBench.Before;

/// <summary>Store calls by method and outcome, and their latency by method (filled by ReflectionMeasuredGraphStore).</summary>
public sealed class StoreMetrics
{
    private readonly ConcurrentDictionary<(string Method, string Outcome), long> _calls = new();
    private readonly ConcurrentDictionary<string, LatencyHistogram> _latency = new(StringComparer.Ordinal);

    public void Record(string method, bool failed, TimeSpan? elapsed)
    {
        _calls.AddOrUpdate((method, failed ? "error" : "ok"), 1, static (_, n) => n + 1);
        if (elapsed is { } time)
        {
            _latency.GetOrAdd(method, static _ => new LatencyHistogram()).Observe(time);
        }
    }

    public IReadOnlyList<KeyValuePair<(string Method, string Outcome), long>> Calls() =>
        [.. _calls.OrderBy(c => c.Key.Method, StringComparer.Ordinal).ThenBy(c => c.Key.Outcome, StringComparer.Ordinal)];

    public IReadOnlyList<KeyValuePair<string, HistogramSnapshot>> Latency() =>
        [.. _latency.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => KeyValuePair.Create(l.Key, l.Value.Snapshot()))];
}
