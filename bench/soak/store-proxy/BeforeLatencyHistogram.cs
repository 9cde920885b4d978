// The decorator as it was before the cached-delegate rewrite (HEAD b3ac1c8), kept only as the "before" of this benchmark.
namespace ClusterGraph.StoreProxyBench.Before;

/// <summary>A thread-safe latency histogram with fixed bucket bounds in seconds (Prometheus-style, cumulative).</summary>
public sealed class LatencyHistogram
{
    /// <summary>Upper bounds of the buckets in seconds (the +Inf bucket is implied).</summary>
    public static IReadOnlyList<double> Bounds { get; } = [0.0005, 0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    private readonly Lock _gate = new();
    private readonly long[] _bucketCounts = new long[Bounds.Count];
    private long _count;
    private double _sumSeconds;

    public void Observe(TimeSpan elapsed)
    {
        double seconds = elapsed.TotalSeconds;
        lock (_gate)
        {
            for (int i = 0; i < _bucketCounts.Length; i++)
            {
                if (seconds <= Bounds[i])
                {
                    _bucketCounts[i]++;
                }
            }

            _count++;
            _sumSeconds += seconds;
        }
    }

    public HistogramSnapshot Snapshot()
    {
        lock (_gate)
        {
            return new HistogramSnapshot([.. _bucketCounts], _count, _sumSeconds);
        }
    }
}

/// <summary>A histogram at one moment: cumulative counts per bound of <see cref="LatencyHistogram.Bounds"/>, total count and sum.</summary>
public sealed record HistogramSnapshot(IReadOnlyList<long> CumulativeBucketCounts, long Count, double SumSeconds);
