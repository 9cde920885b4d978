namespace ClusterGraph.Api.Operations;

/// <summary>Counts <c>/graphql</c> requests by status code and their latency as a cumulative histogram.</summary>
public sealed class RequestMetrics
{
    /// <summary>Upper bounds of the latency buckets in seconds (the +Inf bucket is implied).</summary>
    public static IReadOnlyList<double> LatencyBounds { get; } = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    private readonly Lock _gate = new();
    private readonly SortedDictionary<int, long> _byStatus = [];
    private readonly long[] _bucketCounts = new long[LatencyBounds.Count];
    private long _count;
    private double _sumSeconds;

    /// <summary>Records one finished request.</summary>
    public void Record(int statusCode, TimeSpan elapsed)
    {
        double seconds = elapsed.TotalSeconds;
        lock (_gate)
        {
            _byStatus[statusCode] = _byStatus.GetValueOrDefault(statusCode) + 1;
            for (int i = 0; i < _bucketCounts.Length; i++)
            {
                if (seconds <= LatencyBounds[i])
                {
                    _bucketCounts[i]++;
                }
            }

            _count++;
            _sumSeconds += seconds;
        }
    }

    /// <summary>A consistent copy of the counters.</summary>
    public RequestMetricsSnapshot Snapshot()
    {
        lock (_gate)
        {
            return new RequestMetricsSnapshot([.. _byStatus], [.. _bucketCounts], _count, _sumSeconds);
        }
    }
}

/// <summary>The counters of <see cref="RequestMetrics"/> at one moment; bucket counts are cumulative.</summary>
public sealed record RequestMetricsSnapshot(
    IReadOnlyList<KeyValuePair<int, long>> ByStatus,
    IReadOnlyList<long> CumulativeBucketCounts,
    long Count,
    double SumSeconds);
