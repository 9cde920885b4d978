namespace ClusterGraph.Api.Operations;

/// <summary>
/// A thread-safe latency histogram with fixed bucket bounds in seconds (Prometheus-style). An observation
/// increments one bucket; the cumulative counts Prometheus wants are summed when a snapshot is taken.
/// </summary>
public sealed class LatencyHistogram
{
    private static readonly double[] s_bounds = [0.0005, 0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    private readonly Lock _gate = new();

    // One slot per bound plus the +Inf overflow.
    private readonly long[] _bucketCounts = new long[s_bounds.Length + 1];
    private double _sumSeconds;

    /// <summary>Upper bounds of the buckets in seconds (the +Inf bucket is implied).</summary>
    public static IReadOnlyList<double> Bounds => s_bounds;

    public void Observe(TimeSpan elapsed)
    {
        double seconds = elapsed.TotalSeconds;
        int bucket = 0;
        while (bucket < s_bounds.Length && seconds > s_bounds[bucket])
        {
            bucket++;
        }

        lock (_gate)
        {
            _bucketCounts[bucket]++;
            _sumSeconds += seconds;
        }
    }

    public HistogramSnapshot Snapshot()
    {
        var cumulative = new long[s_bounds.Length];
        long count;
        double sum;
        lock (_gate)
        {
            long running = 0;
            for (int i = 0; i < s_bounds.Length; i++)
            {
                running += _bucketCounts[i];
                cumulative[i] = running;
            }

            count = running + _bucketCounts[^1];
            sum = _sumSeconds;
        }

        return new HistogramSnapshot(cumulative, count, sum);
    }
}

/// <summary>A histogram at one moment: cumulative counts per bound of <see cref="LatencyHistogram.Bounds"/>, total count and sum.</summary>
public sealed record HistogramSnapshot(IReadOnlyList<long> CumulativeBucketCounts, long Count, double SumSeconds);
